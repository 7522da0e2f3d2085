import { openSession } from '../../../src/core/session';
import { emptyStored } from '../../../src/core/stored';
import { CHARTS_SHEET_NAME } from '../../../src/core/charts/owned-sheet';
import { TWO_YEAR_CHARTS, chartsView, pngFileName } from '../../../src/taskpane/charts/charts-view';
import { NO_NATIVE_CHARTS, PRIOR_MISSING_NOTE, insertMessage } from '../../../src/taskpane/charts/messages';
import { buildFixture } from '../../factories';

const source = (year: number) => {
  const f = buildFixture({ template: 'national', year });
  return { file: `${f.name}.xlsx`, sheets: f.sheets };
};
const session = (year: number, prior?: number) =>
  openSession(source(year), emptyStored(), prior ? { prior: { model: openSession(source(prior), emptyStored()).model } } : {});

describe('chartsView', () => {
  it('gives 图1–图7 with two years when last year is there', () => {
    const view = chartsView(session(2024, 2023));
    expect(view.charts.map((c) => c.id)).toEqual(['图1', '图2', '图3', '图4', '图5', '图6', '图7']);
    expect(view.priorMissing).toBe(false);
    expect(view.charts.find((c) => c.id === '图1')?.series.map((s) => s.name)).toEqual(['2023年', '2024年']);
  });

  it('says last year is missing and draws the two-year charts with this year only', () => {
    const view = chartsView(session(2024));
    expect(view.priorMissing).toBe(true);
    for (const id of TWO_YEAR_CHARTS) expect(view.charts.find((c) => c.id === id)?.series.map((s) => s.name)).toEqual(['2024年']);
    expect(PRIOR_MISSING_NOTE).toContain('图1、图4、图5 只显示本年数据');
  });
});

describe('pngFileName', () => {
  it('joins id and title and replaces characters file systems refuse', () => {
    expect(pngFileName({ id: '图1', title: '收、支决算总计变动情况' })).toBe('图1_收、支决算总计变动情况.png');
    expect(pngFileName({ id: '图9', title: 'a/b:c*d?"e"<f>|g\\h\ti' })).toBe('图9_a_b_c_d__e__f__g_h_i.png');
  });
});

describe('insertMessage', () => {
  it('names the count and the sheet on success, and passes the error on', () => {
    expect(insertMessage(7)).toEqual({
      intent: 'success',
      title: '已插入 7 张图表',
      body: `图表和数据在工作表“${CHARTS_SHEET_NAME}”中；再次插入会替换它们，其他工作表不受影响。`,
    });
    expect(insertMessage(0, new Error('无法在工作表“决算助手_图表”中插入图表'))).toEqual({ intent: 'error', title: '插入图表失败', body: '无法在工作表“决算助手_图表”中插入图表' });
    expect(NO_NATIVE_CHARTS).toBe('预览页面不能插入 Excel 原生图表');
  });
});
