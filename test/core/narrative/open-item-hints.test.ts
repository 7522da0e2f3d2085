/**
 * One narrative engine, the wording of what to do chosen by the surface: the pane says where
 * to click, the command line names its flag, a plain report names the 补充信息 row.
 */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { OpenItemHints, generateNarrative, titleLines } from '../../../src/core/narrative';
import { readSupplement } from '../../../src/core/supplement';
import { pair } from './helpers';
import { getFenOf } from './model-edit';

const PANE: OpenItemHints = { prior: '在设置中导入上年决算表', fill: '点击填写' };
const CODES = [/--prior/, /reason:/, /预算:\s*\d/, /原因:/];

describe('open item hints', () => {
  const { model, prior } = pair({ template: 'national' });
  // Every 项 10 万元 over its budget: a reason asked for each, under an id naming its code.
  const rows: (string | number | null)[][] = [['项目', '内容']];
  for (const r of model.schedules.get('T05')!.rows.filter((x) => x.level === 3)) rows.push([`预算:${r.code}`, getFenOf(model, 'T05', r.key, '合计') / 1_000_000 + 10]);
  const supplement = readSupplement([gridFromRows('补充信息', rows)])!;

  it('by default name the 补充信息 row to fill and ask for last year’s workbook', () => {
    const doc = generateNarrative(model, { style: 'national', prior, supplement });
    const reasons = doc.openItems.filter((o) => o.placeholder === 'reason');
    expect(reasons.length).toBeGreaterThan(1);
    expect(reasons.find((o) => o.id === 'reason:收支总计')?.description).toMatch(/可在补充信息表填写“原因:reason:收支总计”）$/);
    expect(generateNarrative(model, { style: 'national' }).openItems.find((o) => o.id === 'prior:收支总计')?.description).toBe('缺少2023年收、支总计决算数，请提供上年决算表');
  });

  it('in the pane say what to do there, with no code or flag in any open item', () => {
    const doc = generateNarrative(model, { style: 'national', prior, supplement, hints: PANE });
    const without = generateNarrative(model, { style: 'national', hints: PANE });
    for (const o of [...doc.openItems, ...without.openItems]) for (const code of CODES) expect(o.description).not.toMatch(code);
    expect(doc.openItems.find((o) => o.id === 'reason:收支总计')?.description).toMatch(/（可点击填写）$/);
    expect(without.openItems.find((o) => o.id === 'prior:收支总计')?.description).toBe('缺少2023年收、支总计决算数，在设置中导入上年决算表');
    // The same report otherwise: the same placeholders in the same places.
    expect(doc.openItems.map((o) => o.id)).toEqual(generateNarrative(model, { style: 'national', prior, supplement }).openItems.map((o) => o.id));
  });

  it('on the command line name the flag', () => {
    const doc = generateNarrative(model, { style: 'national', hints: { prior: '请用 --prior 指定上年决算表' } });
    expect(doc.openItems.find((o) => o.id === 'prior:收支总计')?.description).toBe('缺少2023年收、支总计决算数，请用 --prior 指定上年决算表');
  });
});

describe('titleLines', () => {
  const doc = { title: '2024年度某市科学技术局决算情况说明', titleParts: { unit: '某市科学技术局', rest: '2024年度决算情况说明' } };

  it('keeps a title that fits on one line', () => {
    expect(titleLines(doc, 19)).toEqual(['2024年度某市科学技术局决算情况说明']);
  });

  it('breaks a longer one after the unit, never leaving 说明 alone', () => {
    expect(titleLines(doc, 18)).toEqual(['某市科学技术局', '2024年度决算情况说明']);
  });

  it('the generator gives the parts when it knows the unit', () => {
    const { model } = pair({ template: 'national' });
    const generated = generateNarrative(model, { style: 'national' });
    expect(generated.titleParts).toEqual({ unit: model.unitName, rest: '2024年度决算情况说明' });
    expect(generated.title).toBe(`2024年度${model.unitName}决算情况说明`);
  });
});
