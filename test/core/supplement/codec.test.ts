import { SupplementCodecError, readSupplement, supplementFromJson, supplementToJson } from '../../../src/core/supplement';
import { gridFromRows } from '../../../src/core/grid/sheet-grid';

describe('补充信息 as stored text', () => {
  it('reads back what it wrote, entry by entry', () => {
    const sheet = gridFromRows('补充信息', [
      ['项目', '内容'],
      ['机关运行经费（万元）', '88.5'],
      ['公务用车保有量（辆）', '1.5'],
      ['原因：reason:收支总计', '主要是项目支出增加。'],
      ['预算:2060101 行政运行', '700.5'],
    ]);
    const s = readSupplement([sheet])!;
    expect(s.facts.get('机关运行经费')?.number).toBe(88.5);
    expect(s.problems).toHaveLength(1);
    expect(supplementFromJson(supplementToJson(s))).toEqual(s);
  });

  it('keeps problems, numbers and cells', () => {
    const ref = { sheet: '补充信息', address: 'B3' };
    const s = {
      sheet: '补充信息',
      facts: new Map([['机关运行经费', { item: '机关运行经费', text: '12.5', number: 12.5, ref }]]),
      reasons: new Map([['reason:收支总计', { item: 'reason:收支总计', text: '人员增加', ref }]]),
      budgets: new Map(),
      problems: [{ item: '公务用车保有量', text: '1.5', problem: '应为整数（单位：辆）', ref }],
    };
    expect(supplementFromJson(supplementToJson(s))).toEqual(s);
  });

  it.each([
    ['not JSON', '{', '不是有效的 JSON'],
    ['another format', '{"format":"x","version":1,"sheet":"补充信息"}', '格式不符'],
    ['a broken entry', '{"format":"juesuan-supplement","version":1,"sheet":"补充信息","facts":[{"item":1}],"reasons":[],"budgets":[]}', '项目第1项'],
    ['a missing list', '{"format":"juesuan-supplement","version":1,"sheet":"补充信息","facts":[],"reasons":[]}', '缺少预算'],
  ])('refuses %s with a Chinese message', (_, text, detail) => {
    expect(() => supplementFromJson(text)).toThrow(SupplementCodecError);
    expect(() => supplementFromJson(text)).toThrow(detail);
  });
});
