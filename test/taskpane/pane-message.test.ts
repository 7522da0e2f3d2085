import { RulePackError, SheetNotRecognizedError, WorkbookUnreadableError } from '../../src/core/errors';
import { ExcelReadError, StoredDataStoreError } from '../../src/hosts/excel';
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

describe('describeError by class', () => {
  it('shows an Excel host error (a subclass) as the user\'s message, with one full stop', () => {
    const err = new ExcelReadError('无法读取工作簿“a.xlsx”工作表“表1”：Excel 返回错误（GeneralException: x）。请确认该工作表未损坏后重试。');
    const m = describeError(err, 'check');
    expect(m).toEqual({ intent: 'error', title: '无法读取工作簿', body: err.message });
    expect(m.body).not.toMatch(/出现意外错误|。。/);
  });

  it('uses the error\'s own next step when it has one, else the action\'s', () => {
    expect(describeError(new StoredDataStoreError('工作簿“a.xlsx”中保存的数据无法读取', { nextStep: '请重新导入。' }), 'load').body).toBe('工作簿“a.xlsx”中保存的数据无法读取。 请重新导入。');
    expect(describeError(new RulePackError('规则包“x.json”不是有效的 JSON'), 'save').body).toBe('规则包“x.json”不是有效的 JSON。 说明尚未保存，请稍后再点“保存”。');
  });
});
