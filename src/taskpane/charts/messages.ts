/** The 图表 tab's texts that depend on state, kept out of the components so they are tested. */
import { CHARTS_SHEET_NAME } from '../../core/charts/owned-sheet';
import type { PaneMessage } from '../pane-message';
import { TWO_YEAR_CHARTS } from './charts-view';

/** Shown where the host cannot make native charts (the preview page). */
export const NO_NATIVE_CHARTS = '预览页面不能插入 Excel 原生图表';

/** The note shown without last year's workbook. */
export const PRIOR_MISSING_NOTE = `未导入上年决算工作簿：${TWO_YEAR_CHARTS.join('、')} 只显示本年数据。点击“导入上年决算表”选择上年的决算公开表后，这三张图会显示两年对比。`;

/** The message after an insertion of `count` charts, or its failure. */
export function insertMessage(count: number, err?: unknown): PaneMessage {
  if (err !== undefined) {
    return { intent: 'error', title: '插入图表失败', body: err instanceof Error ? err.message : String(err) };
  }
  return {
    intent: 'success',
    title: `已插入 ${count} 张图表`,
    body: `图表和数据在工作表“${CHARTS_SHEET_NAME}”中；再次插入会替换它们，其他工作表不受影响。`,
  };
}
