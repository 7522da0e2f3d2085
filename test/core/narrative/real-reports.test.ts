/**
 * Classes of real published reports (issue 10) and reports that never crash (issue 16.1), in
 * all three template sets: unit and year found wherever the workbook puts them (or a year
 * placeholder), budgets stated against 全年预算 where that is the figure, last year's own
 * 机关运行经费 from last year's 补充信息, a unit set up this year, the number settings, and a
 * T05 合计 column that cannot be read.
 */
import { buildChartSpecs } from '../../../src/core/charts/specs';
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { NarrativeDocument, generateNarrative, paragraphText } from '../../../src/core/narrative';
import { TemplateId, WorkbookModel, valueKey } from '../../../src/core/schedules/model';
import { recogniseWorkbook } from '../../../src/core/schedules/recognise';
import { Supplement, readSupplement } from '../../../src/core/supplement';
import { buildFixture } from '../../factories';
import { allParagraphs, allRuns, fig, numbers, pair, pct, pctText, placeholders, section, wanText } from './helpers';
import { getFenOf, setFen } from './model-edit';

const TEMPLATES: TemplateId[] = ['national', 'sichuan2021', 'sichuan2023'];
const STYLES = ['national', 'sichuan'] as const;
const UNIT = '某市科学技术局';

const supplement = (rows: (string | number)[][]): Supplement => readSupplement([gridFromRows('补充信息', [['项目', '内容'], ...rows])])!;
const fullText = (doc: NarrativeDocument) => [doc.title, ...allParagraphs(doc).map(paragraphText)].join('\n');

const expectUniquePlaceholders = (doc: NarrativeDocument) => {
  const ids = placeholders(doc).map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(doc.openItems.map((o) => o.id)).size).toBe(doc.openItems.length);
};

describe.each(TEMPLATES)('%s template', (template) => {
  describe.each(STYLES)('%s style', (style) => {
    it.each(['superTitle', 'cover', 'beneath', 'separateCell'] as const)('names the unit and year found in the %s', (identity) => {
      const model = recogniseWorkbook({ file: 'a.xlsx', sheets: buildFixture({ template, identity }).sheets });
      const doc = generateNarrative(model, { style });
      expect(doc.title).toBe(`2024年度${UNIT}决算情况说明`);
      const text = fullText(doc);
      expect(text).not.toMatch(/本年度|本部门|本年本年/);
      expect(paragraphText(section(doc, '二').paragraphs[0]).startsWith('2024年本年收入合计')).toBe(true);
    });

    it('asks for the year once when no place names it, and takes it from 补充信息', () => {
      const model = recogniseWorkbook({ file: 'a.xlsx', sheets: buildFixture({ template, identity: 'none' }).sheets });
      const doc = generateNarrative(model, { style });
      expect(doc.title.startsWith('【请填写年度】年度')).toBe(true);
      const years = placeholders(doc).filter((r) => r.id.startsWith('supplement:年度'));
      expect(years.length).toBeGreaterThan(5);
      expect(years.every((r) => r.text === '【请填写年度】')).toBe(true);
      expect(doc.openItems.filter((o) => o.id.startsWith('supplement:年度')).map((o) => o.id)).toEqual(['supplement:年度']);
      expect(fullText(doc)).not.toMatch(/本年度/);
      expect(fullText(doc).includes(String.fromCharCode(0))).toBe(false);
      expectUniquePlaceholders(doc);
      const filled = generateNarrative(model, { style, supplement: supplement([['年度', 2024]]) });
      expect(placeholders(filled).some((r) => r.id.startsWith('supplement:年度'))).toBe(false);
      expect(paragraphText(section(filled, '五.一').paragraphs[0]).startsWith('2024年度一般公共预算财政拨款支出')).toBe(true);
    });

    it('takes last year’s 机关运行经费 from last year’s 补充信息 before its T06, and says which in the open item', () => {
      const { model, prior } = pair({ template });
      const priorT06 = getFenOf(prior, 'T06', '公用经费合计', '决算数');
      const now = getFenOf(model, 'T06', '公用经费合计', '决算数');
      const priorTyped = Math.round(priorT06 * 0.6 / 10_000) * 10_000;
      const doc = generateNarrative(model, { style, prior, priorSupplement: supplement([['机关运行经费（万元）', priorTyped / 1_000_000]]) });
      const p = allParagraphs(doc).find((x) => paragraphText(x).includes('机关运行经费支出'))!;
      const diff = numbers(p, 'difference')[0];
      expect(diff.value).toBe(now - priorTyped);
      expect(diff.sources).toContainEqual(expect.objectContaining({ supplement: '机关运行经费', year: 2023 }));
      const rate = numbers(p, 'rate')[0];
      expect(rate.value).toBeCloseTo(pct(now - priorTyped, priorTyped, style === 'national' ? 2 : 0), 10);
      const item = doc.openItems.find((o) => o.id === 'reason:机关运行经费')!;
      expect(item.description).toContain('上年数取自上年补充信息“机关运行经费”');
      expect(item.description).toContain('本年数取自《一般公共预算财政拨款基本支出决算表》公用经费合计');

      const fromT06 = generateNarrative(model, { style, prior });
      const p2 = allParagraphs(fromT06).find((x) => paragraphText(x).includes('机关运行经费支出'))!;
      expect(numbers(p2, 'difference')[0].value).toBe(now - priorT06);
      expect(fromT06.openItems.find((o) => o.id === 'reason:机关运行经费')!.description).toContain('上年数取自上年《一般公共预算财政拨款基本支出决算表》公用经费合计');
    });

    describe('a unit set up this year', () => {
      const comparing = ['一', '四', '五.一', '七.一'];
      const expectNoComparison = (doc: NarrativeDocument) => {
        const sentence = `${UNIT}于2024年新设立，无上年可比数据。`;
        for (const id of comparing) expect(paragraphText(section(doc, id).paragraphs[0])).toContain(sentence);
        expect(allParagraphs(doc).find((x) => paragraphText(x).includes('机关运行经费支出'))!.runs.map((r) => r.text).join('')).toContain(sentence);
        expect(fullText(doc)).not.toMatch(/与2023年相比|上年无此项|增长100/);
        expect(placeholders(doc).filter((r) => r.placeholder === 'prior')).toEqual([]);
        expect(doc.openItems.some((o) => o.description.includes('缺少'))).toBe(false);
        expect(allRuns(doc).filter((r) => r.kind === 'number' && (r.figure === 'difference' || (r.figure === 'rate' && r.sources.some((s) => s.year === 2023))))).toEqual([]);
      };

      it('flagged 新设单位 = 是 without last year’s workbook: no comparison, no 缺少上年 open item, one-year charts', () => {
        const { model } = pair({ template });
        expectNoComparison(generateNarrative(model, { style, supplement: supplement([['新设单位', '是']]) }));
        for (const c of buildChartSpecs(model).charts.filter((x) => x.kind === 'column' && x.id !== '图7')) expect(c.series.map((s) => s.name)).toEqual(['2024年']);
      });

      it('with last year’s totals all zero: no comparison from a zero base, one-year charts', () => {
        const { model, prior } = pair({ template });
        for (const inst of prior.schedules.values()) for (const [k, v] of inst.values) inst.values.set(k, { ref: v.ref, parsed: { kind: 'number', fen: 0, fromText: false } });
        expectNoComparison(generateNarrative(model, { style, prior }));
        for (const c of buildChartSpecs(model, prior).charts.filter((x) => x.kind === 'column' && x.id !== '图7')) expect(c.series.map((s) => s.name)).toEqual(['2024年']);
      });
    });

    it('writes whole amounts bare and lists zero items only as settings', () => {
      const { model, prior, fixture } = pair({ template });
      const plain = generateNarrative(model, { style, prior });
      const amounts = allRuns(plain).filter((r) => r.kind === 'number' && r.figure === 'amount');
      expect(amounts.every((r) => /^-?\d+\.\d\d$/.test(r.text))).toBe(true);
      const bare = generateNarrative(model, { style, prior, integerAmounts: true });
      const whole = allRuns(bare).filter((r) => r.kind === 'number' && r.figure === 'amount' && r.value % 1_000_000 === 0);
      expect(whole.length).toBeGreaterThan(0);
      for (const r of whole) expect(r.text).toBe(wanText(r.kind === 'number' ? r.value : 0, true));
      const listed = generateNarrative(model, { style, prior, listZeroItems: true });
      const d = style === 'national' ? 2 : 0;
      expect(fig(fixture, 'T01', '经营收入', '金额')).toBe(0);
      expect(paragraphText(section(listed, '二').paragraphs[0])).toContain(`经营收入0.00万元，占${pctText(0, d)}%`);
      expect(paragraphText(section(plain, '二').paragraphs[0])).not.toContain('经营收入');
    });

    it('a T05 合计 column that cannot be read gives placeholders and open items, never an internal error', () => {
      const { model, prior } = pair({ template });
      const t05 = model.schedules.get('T05')!;
      for (const [k, v] of t05.values) if (k.endsWith(`${valueKey('', '合计')}`)) t05.values.set(k, { ref: v.ref, parsed: { kind: 'text', text: '一般公共预算财政拨款支出决算表' } });
      const doc = generateNarrative(model, { style, prior });
      expectUniquePlaceholders(doc);
      const missing = doc.openItems.filter((o) => o.id.startsWith('current:一般公共预算财政拨款支出'));
      expect(missing.length).toBeGreaterThanOrEqual(2);
      expect(new Set(missing.map((o) => o.section)).size).toBe(missing.length);
      expect(doc.openItems.map((o) => o.id)).toEqual(placeholders(doc).filter((r) => doc.openItems.some((o) => o.id === r.id)).map((r) => r.id));
    });
  });
});

describe('budgets in the national wording', () => {
  const withoutInitial = (m: WorkbookModel) => {
    const t05 = m.schedules.get('T05')!;
    t05.columns = t05.columns.filter((c) => c.key !== '年初预算数');
    for (const k of [...t05.values.keys()]) if (k.endsWith(valueKey('', '年初预算数'))) t05.values.delete(k);
  };

  it.each(TEMPLATES)('a %s T05 whose budget column is 全年预算数: stated and computed as 全年预算', (template) => {
    const { model, prior, fixture } = pair({ template, budgetColumns: true });
    withoutInitial(model);
    const doc = generateNarrative(model, { style: 'national', prior });
    const head = section(doc, '五.三').paragraphs[0];
    const total = fig(fixture, 'T05', '合计', '合计');
    const budget = fig(fixture, 'T05', '合计', '全年预算数');
    expect(paragraphText(head)).toBe(`2024年度一般公共预算财政拨款支出全年预算为${wanText(budget)}万元，支出决算为${wanText(total)}万元，完成全年预算的${pctText(pct(total, budget, 2), 2)}%。其中：`);
    expect(section(doc, '五.三').paragraphs.map(paragraphText).join('')).not.toContain('年初预算');
  });

  it.each(TEMPLATES)('a %s unit set up during the year (年初预算 0, 全年预算 not): 全年预算 and its rate, never 完成年初预算 over it', (template) => {
    const { model, prior, fixture } = pair({ template, budgetColumns: true });
    const t05 = model.schedules.get('T05')!;
    for (const row of t05.rows) if (t05.values.has(valueKey(row.key, '年初预算数'))) setFen(model, 'T05', row.key, '年初预算数', 0);
    const doc = generateNarrative(model, { style: 'national', prior });
    const paragraphs = section(doc, '五.三').paragraphs;
    const total = fig(fixture, 'T05', '合计', '合计');
    const budget = fig(fixture, 'T05', '合计', '全年预算数');
    expect(paragraphText(paragraphs[0])).toContain(`全年预算为${wanText(budget)}万元，支出决算为${wanText(total)}万元，完成全年预算的${pctText(pct(total, budget, 2), 2)}%`);
    for (const p of paragraphs) expect(paragraphText(p)).not.toContain('年初预算');
    expect(paragraphs.slice(1).every((p) => numbers(p, 'completion').length === 1)).toBe(true);
  });

  it('a zero budget gets no rate; a 三公 item with budget and 决算 both 0 gets none either', () => {
    const { model, prior } = pair({ template: 'national' });
    for (const col of ['预算数', '决算数']) setFen(model, 'T07', '因公出国（境）费', col, 0);
    const doc = generateNarrative(model, { style: 'national', prior });
    const text = paragraphText(section(doc, '七.一').paragraphs[0]);
    expect(text).toContain('因公出国（境）费年初预算为0.00万元，支出决算为0.00万元；');
    expect(text).not.toMatch(/因公出国（境）费[^；]*完成/);
  });
});
