import { fitSuggestion } from '../../../src/taskpane/report/suggestion';

describe('fitSuggestion', () => {
  it('drops 主要是 after 主要变动原因是 and keeps it elsewhere', () => {
    expect(fitSuggestion('主要是一般公共预算财政拨款收入增加183.85万元', '。主要变动原因是')).toBe('一般公共预算财政拨款收入增加183.85万元');
    expect(fitSuggestion('主要是A增加1万元', '支出增加，')).toBe('主要是A增加1万元');
    expect(fitSuggestion('人员增加', '主要变动原因是')).toBe('人员增加');
  });
});
