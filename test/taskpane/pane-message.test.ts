import { SheetNotRecognizedError, WorkbookUnreadableError } from '../../src/core/errors';
import { describeError } from '../../src/taskpane/pane-message';

describe('describeError', () => {
  it('shows an unreadable workbook\'s message as it is (it already says what to do)', () => {
    const err = new WorkbookUnreadableError('文件“a.txt”不是 .xlsx 工作簿（看起来是文本文件）。请确认选择的是 Excel 工作簿（.xlsx）。', { file: 'a.txt' });
    expect(describeError(err, 'check')).toEqual({
      intent: 'error',
      title: '无法读取工作簿',
      body: '文件“a.txt”不是 .xlsx 工作簿（看起来是文本文件）。请确认选择的是 Excel 工作簿（.xlsx）。',
    });
  });

  it('turns a workbook without schedules into a warning with the next step', () => {
    const m = describeError(new SheetNotRecognizedError('文件“b.xlsx”中没有识别到决算公开表。'), 'check');
    expect(m.intent).toBe('warning');
    expect(m.title).toBe('没有找到决算公开表');
    expect(m.body).toBe('文件“b.xlsx”中没有识别到决算公开表。 请打开含有部门决算公开表（如“收入支出决算总表”）的工作簿后点击“检查”。');
  });

  it('names the action and offers a way forward for anything else', () => {
    expect(describeError(new Error('RichApi.Error: timeout'), 'save')).toEqual({
      intent: 'error',
      title: '保存说明失败',
      body: '出现意外错误：RichApi.Error: timeout。说明尚未保存，请稍后再点“保存”。',
    });
    expect(describeError('boom', 'export').title).toBe('导出审核结果失败');
    expect(describeError(undefined, 'check').body).toBe('出现意外错误：未知错误。请处理后点击“检查”重试。');
  });
});
