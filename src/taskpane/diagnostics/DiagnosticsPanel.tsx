/// <reference lib="dom" />
/**
 * 诊断 in 设置: runs, in the user's Excel, the checks the tests' fake of Excel assumes, and
 * gives a report to copy (docs/addin.md says where to send it). Outside Excel (the preview
 * page) it runs what it can and lists the checks that need Excel. The Excel checks load with
 * the Excel host's code, only when run.
 */
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DiagnosticsOptions } from '../../hosts/excel/diagnostics';
import { copyFormatted } from '../report/clipboard';
import { type DiagnosticCheck, STATUS_TEXT, diagnosticsReport, needsExcel, pageChecks, platformInfo } from './diagnostics-report';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const COLORS: Record<DiagnosticCheck['status'], 'success' | 'danger' | 'informative' | 'subtle'> = { pass: 'success', fail: 'danger', info: 'informative', 'needs-excel': 'subtle' };

/** Office.js's Excel.run and requirement sets, when the page runs in Excel. */
function excelOptions(): DiagnosticsOptions | undefined {
  if (typeof Excel === 'undefined' || typeof Office === 'undefined' || !Office.context?.requirements) return undefined;
  return { run: (batch) => Excel.run(batch), isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version) };
}

export interface DiagnosticsPanelProps {
  /** Excel to run the checks in; by default Office's, when there. */
  excel?: DiagnosticsOptions;
}

export function DiagnosticsPanel({ excel = excelOptions() }: DiagnosticsPanelProps) {
  const styles = useStyles();
  const [checks, setChecks] = useState<DiagnosticCheck[]>();
  const [running, setRunning] = useState(false);
  const [copied, setCopied] = useState<string>();

  const run = async () => {
    setRunning(true);
    setCopied(undefined);
    try {
      const diagnostics = await import(/* webpackChunkName: "excel-host" */ '../../hosts/excel/diagnostics');
      const fromExcel = excel ? await diagnostics.runExcelDiagnostics(excel) : needsExcel(diagnostics.EXCEL_CHECKS);
      setChecks([...pageChecks(platformInfo()), ...fromExcel]);
    } finally {
      setRunning(false);
    }
  };

  const copy = async () => {
    if (!checks) return;
    const report = diagnosticsReport(checks, new Date());
    const outcome = await copyFormatted(`<pre>${report.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`, report);
    setCopied({ clipboard: '已通过剪贴板接口复制。', selection: '剪贴板接口不可用，已通过选区复制。', manual: '无法写入剪贴板：请选中上面的结果后按 Ctrl+C 复制。' }[outcome]);
  };

  return (
    <div className={styles.root} role="group" aria-label="诊断" data-testid="diagnostics">
      <Text weight="semibold">诊断</Text>
      <Text size={200}>
        检查本加载项在您的 Excel 中依赖的功能。{excel ? '将临时新建并删除工作表“决算助手_诊断”（Excel 会因此清除撤销记录）。' : '当前不在 Excel 中：标为“需要 Excel”的检查请在 Excel 中运行。'}
      </Text>
      <div className={styles.row}>
        <Button onClick={() => void run()} disabled={running}>
          {running ? '正在诊断…' : '运行诊断'}
        </Button>
        {checks && <Button onClick={() => void copy()}>复制诊断报告</Button>}
      </div>
      {checks && (
        <ul className={styles.list} data-testid="diagnostics-results">
          {checks.map((c) => (
            <li key={c.title} data-status={c.status}>
              <Badge appearance="tint" color={COLORS[c.status]}>
                {STATUS_TEXT[c.status]}
              </Badge>{' '}
              <Text weight="semibold">{c.title}</Text>：<Text>{c.detail}</Text>
            </li>
          ))}
        </ul>
      )}
      {copied && <Text size={200} data-testid="diagnostics-copied">{copied}</Text>}
    </div>
  );
}
