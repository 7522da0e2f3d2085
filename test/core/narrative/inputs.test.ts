/**
 * Missing inputs and edge cases: no prior workbook, a supplement that fills every gap,
 * typed reasons, 持平, a zero base, a zero 三公, absent fund tables, budgets from the
 * supplement, and the decimals override.
 */
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { NarrativeDocument, generateNarrative, paragraphText } from '../../../src/core/narrative';
import { recogniseWorkbook } from '../../../src/core/schedules/recognise';
import { SUPPLEMENT_ITEMS, readSupplement } from '../../../src/core/supplement';
import { buildFixture } from '../../factories';
import { allParagraphs, allRuns, numbers, pair, placeholders, section, wanText } from './helpers';
import { getFenOf, setFen } from './model-edit';

const YOY_KEYS = ['收支总计', '财政拨款收支总计', '一般公共预算财政拨款支出', '三公经费', '机关运行经费'];

const expectOpenItemsMatch = (doc: NarrativeDocument) => {
  const ids = placeholders(doc).map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(doc.openItems.map((o) => o.id)).toEqual(ids);
  for (const o of doc.openItems) expect(o.section).not.toBe('');
};

describe.each(['sichuan', 'national'] as const)('missing inputs (%s style)', (style) => {
  it('without last year: one prior placeholder per comparison, no difference, rate or change reason', () => {
    const { model } = pair({ template: 'national' });
    const doc = generateNarrative(model, { style });
    const prior = placeholders(doc).filter((r) => r.placeholder === 'prior');
    expect(prior.map((r) => r.id).sort()).toEqual(YOY_KEYS.map((k) => `prior:${k}`).sort());
    expect(prior[0].text).toBe('【缺少2023年收、支总计数据，请提供上年决算表】');
    expect(allRuns(doc).filter((r) => r.kind === 'number' && (r.figure === 'difference' || r.figure === 'rate') && r.sources.some((s) => s.year === 2023))).toHaveLength(0);
    for (const k of YOY_KEYS) expect(placeholders(doc).some((r) => r.id === `reason:${k}`)).toBe(false);
    expect(doc.openItems.find((o) => o.id === 'prior:三公经费')?.section).toBe(
      '七、“三公”经费财政拨款支出决算情况说明 （一）“三公”经费财政拨款支出决算总体情况说明',
    );
    expectOpenItemsMatch(doc);
  });

  it('without a supplement: one placeholder per supplementary fact the text needs', () => {
    const { model, prior } = pair({ template: 'national' });
    const doc = generateNarrative(model, { style, prior });
    const ids = placeholders(doc).filter((r) => r.placeholder === 'supplement').map((r) => r.id);
    expect(ids.sort()).toEqual(
      [
        '因公出国团组数', '因公出国人次', '公务用车保有量', '国内公务接待批次', '国内公务接待人次',
        '政府采购支出总额', '政府采购货物支出', '政府采购工程支出', '政府采购服务支出', '授予中小企业合同金额', '授予小微企业合同金额',
        '车辆总数', '单价50万元以上通用设备', '单价100万元以上专用设备',
        '绩效目标管理项目数', '绩效运行监控项目数', '绩效自评项目数',
      ].map((k) => `supplement:${k}`).sort(),
    );
    expectOpenItemsMatch(doc);
  });

  it('with every fact, budget and reason supplied: no placeholder and no open item', () => {
    const { model, prior } = pair({ template: 'national' });
    const first = generateNarrative(model, { style, prior });
    const reasons = placeholders(first).filter((r) => r.placeholder === 'reason').map((r) => r.id);
    const t05 = model.schedules.get('T05')!;
    const items = t05.rows.filter((r) => r.level === 3);
    const rows: (string | number | null)[][] = [['项目', '内容']];
    SUPPLEMENT_ITEMS.forEach((item, i) => rows.push([`${item.name}（${item.unit}）`, item.unit === '万元' ? `${10 + i}.5` : String(i + 1)]));
    // Budgets: half of the 项 exactly at their 决算数, the rest 10 万元 higher.
    items.forEach((r, i) => rows.push([`预算:${r.code}`, getFenOf(model, 'T05', r.key, '合计') / 1_000_000 + (i % 2 ? 10 : 0)]));
    const withBudgets = readSupplement([gridFromRows('补充信息', rows)])!;
    const second = generateNarrative(model, { style, prior, supplement: withBudgets });
    const budgetReasons = placeholders(second).filter((r) => r.placeholder === 'reason' && r.id.startsWith('reason:预算:'));
    expect(budgetReasons).toHaveLength(items.filter((_, i) => i % 2).length);
    for (const id of [...reasons, ...budgetReasons.map((r) => r.id)]) rows.push([`原因:${id}`, `原因${id}。`]);
    const full = readSupplement([gridFromRows('补充信息', rows)])!;
    const doc = generateNarrative(model, { style, prior, supplement: full });
    expect(placeholders(doc)).toHaveLength(0);
    expect(doc.openItems).toHaveLength(0);
    const text = allParagraphs(doc).map(paragraphText).join('\n');
    expect(text).toContain('主要变动原因是原因reason:收支总计。');
    expect(text).not.toContain('。。');
    expect(text).toContain('政府采购支出总额11.50万元');
    // The total budget is the sum of the 项 budgets when 预算:合计 is not given.
    const head = section(doc, '五.三').paragraphs[0];
    const completion = numbers(head, 'completion')[0];
    expect(completion.sources.filter((s) => s.supplement?.startsWith('预算:'))).toHaveLength(items.length);
  });

  it('持平 gets no rate and no reason', () => {
    const { model, prior } = pair({ template: 'national' });
    setFen(prior, 'T05', '合计', '合计', getFenOf(model, 'T05', '合计', '合计'));
    const doc = generateNarrative(model, { style, prior });
    const p = section(doc, '五.一').paragraphs[0];
    expect(paragraphText(p)).toContain('与2023年相比，一般公共预算财政拨款支出持平。');
    expect(numbers(p, 'difference')).toHaveLength(0);
    expect(numbers(p, 'rate').filter((r) => r.sources.some((s) => s.year === 2023))).toHaveLength(0);
    expect(p.runs.some((r) => r.kind === 'placeholder')).toBe(false);
  });

  it('a zero base says 上年无此项 and gives no rate, but asks for the reason', () => {
    const { model, prior } = pair({ template: 'national' });
    setFen(prior, 'T07', '合计', '决算数', 0);
    const doc = generateNarrative(model, { style, prior });
    const p = section(doc, '七.一').paragraphs[0];
    const diff = numbers(p, 'difference')[0];
    expect(diff.value).toBe(getFenOf(model, 'T07', '合计', '决算数'));
    expect(paragraphText(p)).toContain(`增加${wanText(diff.value)}万元（上年无此项）`);
    expect(numbers(p, 'rate')).toHaveLength(0);
    expect(p.runs.filter((r) => r.kind === 'placeholder').map((r) => (r as { id: string }).id)).toEqual(['reason:三公经费']);
  });

  it('a missing last-year figure gives one prior placeholder for that comparison only', () => {
    const { model, prior } = pair({ template: 'national' });
    prior.schedules.delete('T07');
    const doc = generateNarrative(model, { style, prior });
    expect(placeholders(doc).filter((r) => r.placeholder === 'prior').map((r) => r.id)).toEqual(['prior:三公经费']);
  });

  it('a zero 三公 (nothing budgeted, nothing spent) gives the no-spending sentence, items at 0, no shares and no chart', () => {
    const { model } = pair({ template: 'national' });
    for (const row of ['合计', '因公出国（境）费', '公务用车购置及运行维护费', '公务用车购置费', '公务用车运行维护费', '公务接待费']) {
      setFen(model, 'T07', row, '决算数', 0);
      setFen(model, 'T07', row, '预算数', 0);
    }
    const prior = recogniseWorkbook({ file: 'p', sheets: buildFixture({ year: 2023 }).sheets });
    for (const row of ['合计']) setFen(prior, 'T07', row, '决算数', 0);
    const doc = generateNarrative(model, { style, prior });
    const overall = section(doc, '七.一').paragraphs[0];
    expect(paragraphText(overall)).toBe('某市科学技术局2024年度没有使用一般公共预算财政拨款安排“三公”经费支出。与2023年相比，“三公”经费财政拨款支出持平。');
    expect(overall.chart).toBeUndefined();
    const detail = section(doc, '七.二').paragraphs;
    expect(detail.map(paragraphText)).toEqual(['因公出国（境）费0.00万元，公务用车购置及运行维护费0.00万元，公务接待费0.00万元。']);
    expect(numbers(detail[0], 'share')).toHaveLength(0);
  });

  it('absent fund tables give the no-such-spending sentences', () => {
    const f = buildFixture({ template: 'national', omitOptional: true });
    const doc = generateNarrative(recogniseWorkbook({ file: 'f', sheets: f.sheets }), { style });
    expect(paragraphText(section(doc, '八').paragraphs[0])).toBe(
      '某市科学技术局2024年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故《政府性基金预算财政拨款收入支出决算表》无数据。',
    );
    expect(paragraphText(section(doc, '九').paragraphs[0])).toContain('没有国有资本经营预算财政拨款收入');
  });
});

describe('styles', () => {
  it('orders the sections per style, with headings as printed', () => {
    const { model, prior } = pair({ template: 'national' });
    const sichuan = generateNarrative(model, { style: 'sichuan', prior });
    const national = generateNarrative(model, { style: 'national', prior });
    expect(sichuan.sections.map((s) => s.id)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']);
    expect(sichuan.sections[9].subsections.map((s) => s.heading)).toEqual(['（一）机关运行经费支出情况', '（二）政府采购支出情况', '（三）国有资产占有使用情况', '（四）预算绩效管理情况']);
    expect(national.sections.map((s) => s.heading.split('、')[1])).toContain('预算绩效管理情况');
    expect(national.sections.map((s) => s.id)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一']);
    expect(national.sections[10].subsections).toHaveLength(3);
    expect(sichuan.sections[4].level).toBe(1);
    expect(sichuan.sections[4].subsections[0].level).toBe(2);
  });

  it('lets percentDecimals override the style, shares still adding up to 100', () => {
    const { model, prior } = pair({ template: 'national' });
    const doc = generateNarrative(model, { style: 'sichuan', prior, percentDecimals: 1 });
    const shares = numbers(section(doc, '二').paragraphs[0], 'share');
    for (const s of shares) expect(s.text).toMatch(/^\d+\.\d$/);
    expect(shares.reduce((a, s) => a + s.value, 0)).toBeCloseTo(100, 8);
  });

  it('names every chart of narrative.md §5 once, in order', () => {
    const { model, prior } = pair({ template: 'national' });
    const doc = generateNarrative(model, { style: 'national', prior });
    expect(allParagraphs(doc).flatMap((p) => (p.chart ? [p.chart.id] : []))).toEqual(['图1', '图2', '图3', '图4', '图5', '图6', '图7']);
  });
});
