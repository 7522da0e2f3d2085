/**
 * Sheets the add-in owns and may write to start with this prefix (design.md "Things that
 * must hold"). It lives in core so that pure planners (the Excel chart plan) can validate a
 * sheet name without importing a host; hosts import it from here.
 */
export const OWNED_SHEET_PREFIX = '决算助手_';

/** The add-in-owned sheet that holds the chart data and the native charts. */
export const CHARTS_SHEET_NAME = `${OWNED_SHEET_PREFIX}图表`;

/** Characters Excel does not allow in a sheet name. */
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/;

/**
 * Why `name` cannot be an add-in-owned sheet, in Chinese, or null when it can: it must start
 * with OWNED_SHEET_PREFIX and be a valid Excel sheet name (1–31 characters, none of
 * [ ] : * ? / \, not starting or ending with an apostrophe).
 * @example ownedSheetNameProblem('决算助手_图表') === null
 */
export function ownedSheetNameProblem(name: string): string | null {
  if (!name.startsWith(OWNED_SHEET_PREFIX)) {
    return `工作表名“${name}”不是本工具专用的工作表：名称须以“${OWNED_SHEET_PREFIX}”开头。本工具不会改动其他工作表。`;
  }
  if (name.length > 31) return `工作表名“${name}”超过 Excel 允许的 31 个字符。`;
  if (FORBIDDEN_IN_SHEET_NAME.test(name)) {
    return `工作表名“${name}”含有 Excel 不允许的字符（[ ] : * ? / \\）。`;
  }
  if (name.endsWith("'")) return `工作表名“${name}”不能以单引号结尾。`;
  return null;
}

/** True when `name` is a valid add-in-owned sheet name (see ownedSheetNameProblem). */
export function isOwnedSheetName(name: string): boolean {
  return ownedSheetNameProblem(name) === null;
}
