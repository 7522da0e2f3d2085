import { CHARTS_SHEET_NAME, OWNED_SHEET_PREFIX, isOwnedSheetName, ownedSheetNameProblem } from '../../../src/core/charts/owned-sheet';

describe('owned sheet names', () => {
  it('uses the prefix 决算助手_ and names the chart sheet with it', () => {
    expect(OWNED_SHEET_PREFIX).toBe('决算助手_');
    expect(CHARTS_SHEET_NAME).toBe('决算助手_图表');
    expect(isOwnedSheetName(CHARTS_SHEET_NAME)).toBe(true);
  });

  it('explains what is wrong with other names', () => {
    expect(ownedSheetNameProblem('图表')).toBe('工作表名“图表”不是本工具专用的工作表：名称须以“决算助手_”开头。本工具不会改动其他工作表。');
    expect(ownedSheetNameProblem('决算助手_a:b')).toBe('工作表名“决算助手_a:b”含有 Excel 不允许的字符（[ ] : * ? / \\）。');
    expect(ownedSheetNameProblem("决算助手_x'")).toBe("工作表名“决算助手_x'”不能以单引号结尾。");
    expect(ownedSheetNameProblem(`决算助手_${'x'.repeat(27)}`)).toBe(`工作表名“决算助手_${'x'.repeat(27)}”超过 Excel 允许的 31 个字符。`);
    expect(ownedSheetNameProblem(`决算助手_${'x'.repeat(26)}`)).toBeNull();
    expect(isOwnedSheetName('决算助手_[1]')).toBe(false);
  });
});
