/**
 * How an open item tells the user what to do. The narrative is one engine for every surface;
 * only this wording differs: the pane says where to click, the command line names its flag,
 * a plain report names the 补充信息 row to fill.
 */
export interface OpenItemHints {
  /** What gives last year's figures: "请提供上年决算表", "在设置中导入上年决算表", "请用 --prior 指定上年决算表". */
  prior: string;
  /**
   * How to give a reason, a budget or a figure where it is asked ("点击填写" in the pane, where
   * every gap opens an editor); without it the open item names the 补充信息 row to fill.
   */
  fill?: string;
}

/** A report read outside any surface (the default): the 补充信息 rows and last year's workbook. */
export const WORKBOOK_HINTS: OpenItemHints = { prior: '请提供上年决算表' };
