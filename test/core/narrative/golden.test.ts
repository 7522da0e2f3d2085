/**
 * Golden tests of sections 一 … 七 on the fixture workbooks, in both styles: every amount,
 * difference, rate, share and completion rate is recomputed here from the fixtures' own
 * figures (fixture.expected, fixture.data), independently of src/core/compare.
 */
import { ECONOMIC_ITEMS } from '../../../src/core/schedules/catalogue/economic-items';
import { NarrativeDocument, Paragraph, generateNarrative, paragraphText } from '../../../src/core/narrative';
import { ScheduleId } from '../../../src/core/schedules/model';
import { FixtureOptions } from '../../factories';
import { Pair, fig, numbers, pair, pct, pctText, placeholders, runFor, section, textAfter, textBefore, wanText, lrShares } from './helpers';

type Style = 'sichuan' | 'national';

const CASES: { name: string; style: Style; options: FixtureOptions }[] = [
  { name: 'national workbook, national style', style: 'national', options: { template: 'national' } },
  { name: 'national workbook, Sichuan style', style: 'sichuan', options: { template: 'national', budgetColumns: true } },
  { name: 'Sichuan 2023 workbook with budget columns, Sichuan style', style: 'sichuan', options: { template: 'sichuan2023', budgetColumns: true } },
  { name: 'Sichuan 2023 workbook with budget columns, national style', style: 'national', options: { template: 'sichuan2023', budgetColumns: true } },
  { name: 'national workbook with budget columns, national style', style: 'national', options: { template: 'national', budgetColumns: true } },
  { name: 'Sichuan 2021 workbook with budget columns, national style', style: 'national', options: { template: 'sichuan2021', budgetColumns: true } },
];

const INCOME = ['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
const SPENDING = ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];

/** The amount run of a figure: value in 分 and its text. */
function expectAmount(p: Paragraph, schedule: ScheduleId, row: string, col: string, fen: number): void {
  const r = runFor(p, 'amount', schedule, row, col);
  expect(r.value).toBe(fen);
  expect(r.text).toBe(wanText(fen));
  expect(textAfter(p, r).startsWith('万元')).toBe(true);
}

/** The year-on-year clause: difference, direction words, rate, and the reason placeholder. */
function expectChange(p: Paragraph, at: [ScheduleId, string, string], current: number, prior: number, d: number, reasonId: string): void {
  const diff = runFor(p, 'difference', ...at);
  const delta = current - prior;
  expect(delta).not.toBe(0);
  expect(diff.value).toBe(delta);
  expect(diff.text).toBe(wanText(delta));
  expect(textBefore(p, diff).endsWith(delta > 0 ? '增加' : '减少')).toBe(true);
  expect(diff.sources.some((s) => s.year === 2023)).toBe(true);
  const rate = runFor(p, 'rate', ...at, 2023);
  const expected = pct(delta, prior, d);
  expect(rate.value).toBeCloseTo(expected, 10);
  expect(rate.text).toBe(pctText(expected, d));
  expect(textBefore(p, rate).endsWith(delta > 0 ? '增长' : '下降')).toBe(true);
  expect(textAfter(p, rate).startsWith('%')).toBe(true);
  const reason = p.runs.find((r) => r.kind === 'placeholder' && r.id === reasonId);
  expect(reason).toMatchObject({ placeholder: 'reason', text: '【请填写变动原因】' });
}

/** Listed items with amounts and largest-remainder shares that add up to 100. */
function expectShares(p: Paragraph, schedule: ScheduleId, items: { row: string; col: string; fen: number }[], listZero: boolean, d: number): void {
  const shares = lrShares(items.map((i) => i.fen), d);
  const listed = items.map((item, i) => ({ ...item, share: shares[i] })).filter((i) => listZero || i.fen !== 0);
  const runs = numbers(p, 'share');
  expect(runs).toHaveLength(listed.length);
  listed.forEach((item, i) => {
    expectAmount(p, schedule, item.row, item.col, item.fen);
    const share = runFor(p, 'share', schedule, item.row, item.col);
    expect(share).toBe(runs[i]);
    expect(share.value).toBeCloseTo(item.share, 10);
    expect(share.text).toBe(pctText(item.share, d));
  });
  expect(runs.reduce((a, r) => a + r.value, 0)).toBeCloseTo(100, 8);
}

describe.each(CASES)('narrative golden: $name', ({ style, options }) => {
  let c: Pair;
  let doc: NarrativeDocument;
  const d = style === 'sichuan' ? 0 : 2;
  const now = (s: ScheduleId, row: string, col: string) => fig(c.fixture, s, row, col);
  const then = (s: ScheduleId, row: string, col: string) => fig(c.priorFixture, s, row, col);

  beforeAll(() => {
    c = pair(options);
    doc = generateNarrative(c.model, { style, prior: c.prior });
  });

  it('titles the report with the year and unit', () => {
    expect(doc.title).toBe('2024年度某市科学技术局决算情况说明');
    expect(doc.style).toBe(style);
  });

  it('一: 收、支总计 and its change against last year', () => {
    const p = section(doc, '一').paragraphs[0];
    const total = now('T01', '收入总计', '金额');
    expect(now('T01', '支出总计', '金额')).toBe(total);
    expectAmount(p, 'T01', '收入总计', '金额', total);
    expectChange(p, ['T01', '收入总计', '金额'], total, then('T01', '收入总计', '金额'), d, 'reason:收支总计');
    expect(paragraphText(p)).toContain('收、支总计各增加');
    expect(p.chart).toEqual({ id: '图1', caption: '图1：收、支决算总计变动情况图' });
    const reason = p.runs.find((r) => r.kind === 'placeholder');
    expect(reason?.kind === 'placeholder' && reason.suggestions?.[0]).toMatch(/^主要是一般公共预算财政拨款收入增加\d+(\.\d\d)?万元/);
  });

  it('二: 本年收入合计 and every income item with shares adding up to 100', () => {
    const p = section(doc, '二').paragraphs[0];
    expectAmount(p, 'T01', '本年收入合计', '金额', now('T01', '本年收入合计', '金额'));
    const items = INCOME.map((row) => ({ row, col: '金额', fen: now('T01', row, '金额') }));
    // Zero items are left out in both styles, as published reports do (issue 10.6).
    expectShares(p, 'T01', items, false, d);
    expect(items.find((i) => i.row === '经营收入')?.fen).toBe(0);
    expect(paragraphText(p)).not.toContain('经营收入');
  });

  it('三: 本年支出合计 and its parts with shares adding up to 100', () => {
    const p = section(doc, '三').paragraphs[0];
    expectAmount(p, 'T03', '合计', '本年支出合计', now('T03', '合计', '本年支出合计'));
    const items = SPENDING.map((col) => ({ row: '合计', col, fen: now('T03', '合计', col) }));
    expectShares(p, 'T03', items, false, d);
  });

  it('四: 财政拨款收、支总计 and its change', () => {
    const p = section(doc, '四').paragraphs[0];
    const total = now('T04', '收入总计', '金额');
    expect(now('T04', '支出总计', '合计')).toBe(total);
    expectAmount(p, 'T04', '收入总计', '金额', total);
    expectChange(p, ['T04', '收入总计', '金额'], total, then('T04', '收入总计', '金额'), d, 'reason:财政拨款收支总计');
    expect(p.chart?.id).toBe('图4');
  });

  it('五(一): 一般公共预算财政拨款支出, its proportion of 本年支出合计 and its change', () => {
    const p = section(doc, '五.一').paragraphs[0];
    const a = now('T05', '合计', '合计');
    expectAmount(p, 'T05', '合计', '合计', a);
    const ratio = runFor(p, 'rate', 'T01', '本年支出合计', '金额');
    expect(ratio.value).toBeCloseTo(pct(a, now('T01', '本年支出合计', '金额'), d), 10);
    expect(textBefore(p, ratio).endsWith('占本年支出合计的')).toBe(true);
    expectChange(p, ['T05', '合计', '合计'], a, then('T05', '合计', '合计'), d, 'reason:一般公共预算财政拨款支出');
    expect(p.chart?.id).toBe('图5');
  });

  it('五(二): every class with a non-zero amount, shares adding up to 100', () => {
    const p = section(doc, '五.二').paragraphs[0];
    const classes = c.fixture.expected.filter((e) => e.schedule === 'T05' && e.col === '合计' && /^\d{3}$/.test(e.row));
    expect(classes.length).toBeGreaterThan(1);
    expectShares(p, 'T05', classes.map((e) => ({ row: e.row, col: '合计', fen: e.fen })), false, d);
    for (const e of classes) expect(paragraphText(p)).toContain(`（类）${wanText(e.fen)}万元`);
    expect(p.chart?.id).toBe('图6');
  });

  it('五(三): completion per 项 against the style’s budget; no rate for a zero budget; reasons only where 决算 ≠ 预算', () => {
    const paragraphs = section(doc, '五.三').paragraphs;
    // Both styles state 年初预算; the national wording takes 全年预算 where the 年初 figure is 0.
    const national = style === 'national';
    const leaves = c.fixture.data.leaves
      .map((l) => {
        const full = national && l.budgetInitial === 0 && l.budgetFull !== 0;
        const actual = Object.values(l.basic).concat(Object.values(l.project)).reduce((a, b) => a + b, 0);
        return { code: l.code, actual, budget: full ? l.budgetFull : l.budgetInitial, basis: full ? '全年预算' : '年初预算' };
      })
      .filter((l) => l.actual !== 0)
      .sort((a, b) => a.code.localeCompare(b.code));
    expect(paragraphs).toHaveLength(leaves.length + 1);
    const head = paragraphs[0];
    if (!options.budgetColumns) {
      // No budget columns and no supplement: one budget placeholder per 项 and one for the total.
      paragraphs.forEach((p, i) => {
        expect(numbers(p, 'completion')).toHaveLength(0);
        const ids = p.runs.filter((r) => r.kind === 'placeholder').map((r) => (r as { id: string }).id);
        expect(ids).toEqual([i === 0 ? 'budget:合计' : `budget:${leaves[i - 1].code}`]);
      });
      return;
    }
    const total = now('T05', '合计', '合计');
    const totalBudget = c.fixture.data.leaves.reduce((a, l) => a + l.budgetInitial, 0);
    const totalRate = pct(total, totalBudget, d);
    expect(runFor(head, 'completion', 'T05', '合计', '合计').value).toBeCloseTo(totalRate, 10);
    expect(paragraphText(head)).toBe(
      national
        ? `2024年度一般公共预算财政拨款支出年初预算为${wanText(totalBudget)}万元，支出决算为${wanText(total)}万元，完成年初预算的${pctText(totalRate, d)}%。其中：`
        : `2024年一般公共预算财政拨款支出决算数为${wanText(total)}万元，完成预算${pctText(totalRate, d)}%。其中：`,
    );
    let zeroBudgets = 0;
    let fullBudgets = 0;
    leaves.forEach((leaf, i) => {
      const p = paragraphs[i + 1];
      const text = paragraphText(p);
      expect(text.startsWith(`${i + 1}.`)).toBe(true);
      expectAmount(p, 'T05', leaf.code, '合计', leaf.actual);
      const completion = numbers(p, 'completion');
      const reason = placeholders({ ...doc, sections: [{ id: 'x', heading: '', level: 1, paragraphs: [p], subsections: [] }] });
      const rate = leaf.budget === 0 ? undefined : pct(leaf.actual, leaf.budget, d);
      if (leaf.basis === '全年预算') fullBudgets += 1;
      if (rate === undefined) {
        zeroBudgets += 1;
        expect(completion).toHaveLength(0);
      } else {
        expect(completion).toHaveLength(1);
        expect(completion[0].value).toBeCloseTo(rate, 10);
        expect(completion[0].text).toBe(pctText(rate, d));
      }
      const relation = leaf.actual === leaf.budget ? 'equal' : leaf.actual > leaf.budget ? '大于' : '小于';
      if (relation === 'equal') expect(reason).toHaveLength(0);
      else expect(reason.map((r) => r.id)).toEqual([`reason:预算:${leaf.code}`]);
      const ask = '【请填写决算数与预算数差异原因】';
      const path = text.slice(`${i + 1}.`.length, text.indexOf('（项）') + '（项）'.length);
      expect(path).toMatch(/^[^。：]+（类）[^。：]+（款）[^。：]+（项）$/);
      const b = wanText(leaf.budget);
      const a = wanText(leaf.actual);
      if (national) {
        const lead = `${i + 1}.${path}。${leaf.basis}为${b}万元，支出决算为${a}万元${rate === undefined ? '' : `，完成${leaf.basis}的${pctText(rate, d)}%`}`;
        const tail = relation === 'equal' ? `，决算数与${leaf.basis}数持平` : `，决算数${relation}${leaf.basis}数的主要原因是${ask}`;
        expect(text).toBe(`${lead}${tail}。`);
      } else {
        const lead = `${i + 1}.${path}：支出决算为${a}万元${rate === undefined ? `，年初预算为${b}万元` : `，完成预算${pctText(rate, d)}%`}`;
        expect(text).toBe(`${lead}${relation === 'equal' ? '' : `，决算数${relation}预算数的主要原因是${ask}`}。`);
      }
      // Never a rate "完成年初预算的…" over a 全年 figure.
      if (leaf.basis === '全年预算') expect(text).not.toContain('年初预算');
    });
    // Two 项 of the fixture have a zero 年初预算数 and a non-zero 全年预算数.
    expect(zeroBudgets).toBe(national ? 0 : 2);
    expect(fullBudgets).toBe(national ? 2 : 0);
  });

  it('六: 基本支出 split into 人员经费 and 公用经费 with their items in table order', () => {
    const p = section(doc, '六').paragraphs[0];
    expectAmount(p, 'T05', '合计', '基本支出', now('T05', '合计', '基本支出'));
    const personnel = now('T06', '人员经费合计', '决算数');
    const pub = now('T06', '公用经费合计', '决算数');
    expect(personnel + pub).toBe(now('T05', '合计', '基本支出'));
    expectAmount(p, 'T06', '人员经费合计', '决算数', personnel);
    expectAmount(p, 'T06', '公用经费合计', '决算数', pub);
    const spent = new Set(c.fixture.data.leaves.flatMap((l) => Object.entries(l.basic).filter(([, v]) => v !== 0).map(([k]) => k)));
    const names = (classes: string[]) => ECONOMIC_ITEMS.filter((i) => i.code.length === 5 && classes.includes(i.code.slice(0, 3)) && spent.has(i.code)).map((i) => i.name);
    expect(paragraphText(p)).toContain(`人员经费${wanText(personnel)}万元，主要包括：${names(['301', '303']).join('、')}；`);
    expect(paragraphText(p)).toContain(`公用经费${wanText(pub)}万元，主要包括：${names(['302', '310']).join('、')}。`);
  });

  it('七: “三公” total, its budget and completion (each item with its own in the national wording), change, and item shares adding up to 100', () => {
    const p = section(doc, '七.一').paragraphs[0];
    const a = now('T07', '合计', '决算数');
    const budget = now('T07', '合计', '预算数');
    expectAmount(p, 'T07', '合计', '决算数', a);
    const rate = pct(a, budget, d);
    expect(runFor(p, 'completion', 'T07', '合计', '预算数').value).toBeCloseTo(rate, 10);
    expectChange(p, ['T07', '合计', '决算数'], a, then('T07', '合计', '决算数'), d, 'reason:三公经费');
    const lead = paragraphText(p).slice(0, paragraphText(p).indexOf('与2023年相比'));
    if (style === 'national') {
      const items = ['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'].map((row) => {
        const [ia, ib] = [now('T07', row, '决算数'), now('T07', row, '预算数')];
        const q = ib === 0 ? '' : `，完成年初预算的${pctText(pct(ia, ib, d), d)}%`;
        return `${row}年初预算为${wanText(ib)}万元，支出决算为${wanText(ia)}万元${q}`;
      });
      expect(lead).toBe(
        `2024年度“三公”经费财政拨款支出年初预算为${wanText(budget)}万元，支出决算为${wanText(a)}万元，完成年初预算的${pctText(rate, d)}%，其中：${items.join('；')}。`,
      );
      expect(numbers(p, 'completion').length).toBe(1 + items.filter((t) => t.includes('完成')).length);
    } else {
      expect(lead).toBe(`2024年度“三公”经费财政拨款支出决算为${wanText(a)}万元，完成预算${pctText(rate, d)}%。`);
    }
    expect(p.chart?.id).toBe('图7');
    const detail = section(doc, '七.二').paragraphs[0];
    const items = ['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'].map((row) => ({ row, col: '决算数', fen: now('T07', row, '决算数') }));
    expect(items.reduce((s, i) => s + i.fen, 0)).toBe(a);
    expectShares(detail, 'T07', items, true, d);
  });

  it('has no placeholder for data the workbooks hold, and one open item per placeholder', () => {
    const ph = placeholders(doc);
    expect(ph.filter((r) => r.placeholder === 'prior')).toHaveLength(0);
    expect(ph.filter((r) => r.placeholder === 'budget')).toHaveLength(style === 'national' && !options.budgetColumns ? 23 : 0);
    expect(ph.some((r) => r.id.startsWith('current:'))).toBe(false);
    expect(doc.openItems.map((o) => o.id)).toEqual(ph.map((r) => r.id));
    expect(new Set(ph.map((r) => r.id)).size).toBe(ph.length);
  });
});
