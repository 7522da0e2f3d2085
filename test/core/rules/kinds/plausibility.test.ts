import { schedule, workbook } from '../../../factories/model-builder';
import { addresses, runOne } from '../helpers';

describe('plausibility (§5)', () => {
  it('P-01 flags negative amounts except where allowed', () => {
    const model = workbook('national', [schedule('T01', { rows: [['结余分配', -3], ['其他收入', -1.5], ['收入总计', 10]] })]);
    const findings = runOne(model, { kind: 'negative-amounts', except: [{ schedule: 'T01', row: '结余分配' }] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ outcome: 'fail', severity: 'warning', message: '收入支出决算总表：其他收入 为负数 -1.50 万元' });
    expect(addresses(findings[0])).toEqual(['T01!C7']);
  });

  it('P-02 flags a schedule whose unit differs from the others and undeclared units', () => {
    const model = workbook('national', [
      schedule('T01', { rows: [] }),
      schedule('T02', { rows: [] }),
      schedule('T03', { rows: [], unit: '元' }),
      schedule('T05', { rows: [], unitDeclared: false }),
    ]);
    const findings = runOne(model, { kind: 'unit-consistency' });
    expect(findings.map((f) => f.message)).toEqual([
      '支出决算表：金额单位为 元，与其他表（万元）不一致',
      '一般公共预算财政拨款支出决算表：未注明金额单位，已按 万元 读取，请核实',
    ]);
    expect(findings[0].cells).toEqual([{ sheet: 'T03', address: 'A1' }]);
  });

  it('P-03 flags codes of the wrong length and codes whose parent is missing', () => {
    const model = workbook('national', [
      schedule('T03', { rows: [['合计', 1, 1, 0, 0, 0, 0], ['201', 1, 1, 0, 0, 0, 0], ['2010301', 1, 1, 0, 0, 0, 0], ['2011', 0, 0, 0, 0, 0, 0]] }),
      schedule('T06', { rows: [['301', 1], ['30101', 1], ['3010101', 0]] }),
    ]);
    const messages = runOne(model, { kind: 'subject-codes' }).map((f) => f.message);
    expect(messages).toEqual([
      '支出决算表：科目“2010301 科目2010301”的上级科目 20103 不在表中',
      '支出决算表：科目编码“2011 科目2011”不是 3/5/7 位数字',
      '一般公共预算财政拨款基本支出决算表：科目编码“3010101 3010101”不是 3/5 位数字',
    ]);
  });

  it('P-04 warns about numbers stored as text', () => {
    const model = workbook('national', [schedule('T01', { rows: [['收入总计', '1,523.26'], ['支出总计', 1523.26]] })]);
    const [f] = runOne(model, { kind: 'numeric-text' });
    expect(f).toMatchObject({ outcome: 'fail', severity: 'warning' });
    expect(f.message).toBe('收入支出决算总表：收入总计 的数字以文本形式保存，Excel 求和时会漏掉，请转换为数值');
  });

  it('P-05 makes error values, formulas without values and words errors on that cell', () => {
    const model = workbook('national', [schedule('T01', { rows: [['上级补助收入', '#DIV/0!'], ['事业收入', { noValue: 'C3+C4' }], ['其他收入', '详见说明']] })]);
    const findings = runOne(model, { kind: 'unreadable-cells' });
    expect(findings.map((f) => `${f.severity}:${f.message}`)).toEqual([
      'error:收入支出决算总表：上级补助收入 为错误值 #DIV/0!，该数字无法核对',
      'error:收入支出决算总表：事业收入 为没有计算结果的公式，请在 Excel 中重新计算并保存',
      'error:收入支出决算总表：其他收入 为文字“详见说明”，该数字无法核对',
    ]);
    expect(findings.map(addresses)).toEqual([['T01!C6'], ['T01!C7'], ['T01!C8']]);
  });

  it('P-06 reports repeated subject codes', () => {
    const model = workbook('national', [schedule('T05', { rows: [['合计', 2, 2, 0], ['201', 1, 1, 0], ['201#2', 1, 1, 0]] })]);
    const [f] = runOne(model, { kind: 'duplicate-codes' });
    expect(f.message).toBe('一般公共预算财政拨款支出决算表：科目编码 201 重复出现（“一般公共服务支出”），重复的行未参加核对');
    expect(addresses(f)).toEqual(['T05!C8', 'T05!D8', 'T05!E8']);
  });

  it('passes once when nothing is found', () => {
    const model = workbook('national', [schedule('T01', { rows: [['收入总计', 1]] })]);
    for (const kind of ['negative-amounts', 'unit-consistency', 'subject-codes', 'numeric-text', 'unreadable-cells', 'duplicate-codes']) {
      expect(runOne(model, { kind }).map((f) => f.outcome)).toEqual(['pass']);
    }
  });
});
