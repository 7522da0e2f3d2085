/** The 诊断 page's report and its checks that need no workbook (diagnostics-report.ts). */
import { EXCEL_CHECKS } from '../../src/hosts/excel/diagnostics';
import { diagnosticsReport, needsExcel, pageChecks } from '../../src/taskpane/diagnostics/diagnostics-report';

describe('diagnostics report', () => {
  it('in the preview, lists every Excel check as needing Excel', () => {
    const lines = needsExcel(EXCEL_CHECKS);
    expect(lines.map((l) => l.status)).toEqual(EXCEL_CHECKS.map(() => 'needs-excel'));
    expect(lines[1].detail).toBe('需要在 Excel 中运行：读取所有工作表所需的同步次数与时间');
  });

  it('names the platform and says where downloads cannot work', () => {
    expect(pageChecks({ userAgent: 'UA' })[0].detail).toBe('浏览器预览（不在 Office 中）；UA');
    const mac = pageChecks({ platform: 'Mac', version: '16.89', userAgent: 'UA' });
    expect(mac[0].detail).toBe('Mac 版 Excel 16.89；UA');
    expect(mac[1]).toEqual({ title: '下载文件', status: 'info', detail: '此平台不允许加载项下载文件：请用复制代替' });
    expect(pageChecks({ platform: 'OfficeOnline', userAgent: 'UA' })[1].status).toBe('pass');
  });

  it('gives one line per check to copy', () => {
    const text = diagnosticsReport([{ title: '读取整个工作簿', status: 'pass', detail: '3 次同步' }], new Date('2026-12-01T08:00:00Z'));
    expect(text).toBe('决算助手诊断报告（2026-12-01T08:00:00.000Z）\n【通过】读取整个工作簿：3 次同步');
  });
});
