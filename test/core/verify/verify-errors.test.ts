/**
 * Each error class of issue 13 injected into a correct draft, one test per class, in both
 * styles: the finding of that class is reported at the changed sentence.
 */
import { VerifyKind, verifyReport } from '../../../src/core/verify';
import { valueKey } from '../../../src/core/schedules/model';
import { setFen } from '../narrative/model-edit';
import { Draft, STYLES, bump, draft, inject } from './drafts';

const run = (d: Draft, paragraphs: string[], prior = d.prior) => verifyReport(paragraphs, d.model, { prior, supplement: d.supplement, style: d.style });
const kinds = (d: Draft, paragraphs: string[], prior = d.prior): VerifyKind[] =>
  run(d, paragraphs, prior)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => f.kind);

describe.each(STYLES)('%s style', (style) => {
  const d = draft(style);

  it('finds an amount that is not the schedule figure', () => {
    const r = run(d, inject(d, /本年收入合计(\d+\.\d+)万元/, (_m, n) => `本年收入合计${bump(n)}万元`));
    const f = r.findings.find((x) => x.kind === 'amount');
    expect(f).toMatchObject({ severity: 'error', section: '二、收入决算情况说明' });
    expect(f?.cells[0]?.sheet).toBeTruthy();
  });

  it('finds a total copied from the wrong schedule (all-funds 基本支出 of T03 in 六)', () => {
    const t03 = /基本支出(\d+(?:\.\d+)?)万元，占/.exec(d.paragraphs.join('\n'))![1];
    const r = run(d, inject(d, /一般公共预算财政拨款基本支出(\d+(?:\.\d+)?)万元/, `一般公共预算财政拨款基本支出${t03}万元`));
    expect(r.findings.find((f) => f.kind === 'amount')?.section).toContain('六、');
  });

  it('finds a truncated share (rounded half up is required)', () => {
    // 一般公共预算财政拨款收入 over 本年收入合计, cut instead of rounded at the style's decimals.
    const text = d.paragraphs.join('\n');
    const total = Number(/本年收入合计(\d+(?:\.\d+)?)万元/.exec(text)![1]);
    const item = /一般公共预算财政拨款收入(\d+(?:\.\d+)?)万元，占(\d+(?:\.\d+)?)%/.exec(text)!;
    const decimals = style === 'national' ? 2 : 0;
    const cut = (Math.floor((Number(item[1]) / total) * 100 * 10 ** decimals) / 10 ** decimals).toFixed(decimals);
    expect(cut).not.toBe(item[2]);
    const r = run(d, inject(d, `一般公共预算财政拨款收入${item[1]}万元，占${item[2]}%`, `一般公共预算财政拨款收入${item[1]}万元，占${cut}%`));
    const f = r.findings.find((x) => x.kind === 'share');
    expect(f).toMatchObject({ stated: `${cut}%`, expected: `${item[2]}%` });
    expect(f?.message).toContain('截断');
  });

  it('finds a wrong growth rate', () => {
    expect(kinds(d, inject(d, /增长(\d+(?:\.\d+)?)%/, (_m, n) => `增长${bump(n)}%`))).toContain('rate');
  });

  it('finds a wrong completion rate', () => {
    expect(kinds(d, inject(d, /完成(?:年初|全年)?预算的?(\d+(?:\.\d+)?)%/, (m, n) => m.replace(n, bump(n))))).toContain('completion');
  });

  it('finds a wrong difference', () => {
    expect(kinds(d, inject(d, /各增加(\d+(?:\.\d+)?)万元/, (_m, n) => `各增加${bump(n)}万元`))).toContain('difference');
  });

  it('finds a direction word against the sign', () => {
    expect(kinds(d, inject(d, /各增加(\d+(?:\.\d+)?)万元，增长/, '各减少$1万元，下降'))).toEqual(['direction', 'direction']);
  });

  it('finds 持平 against a change, with a small total that matches nothing', () => {
    const paragraphs = inject(d, /收、支总计(\d+(?:\.\d+)?)万元。与(\d+)年相比，收、支总计各增加[^。]*。主要变动原因是[^。]*。/, '收、支总计1.20万元。与$2年相比，收、支总计持平。');
    expect(kinds(d, paragraphs)).toEqual(expect.arrayContaining(['amount', 'flat']));
  });

  it('finds a growth rate over a zero base (a line last year did not have)', () => {
    const prior = structuredClone(d.prior);
    for (const row of ['收入总计', '支出总计']) setFen(prior, 'T01', row, '金额', 0);
    expect(kinds(d, d.paragraphs, prior)).toContain('zero-base');
  });

  it('finds a completion rate over a zero budget', () => {
    const model = structuredClone(d.model);
    setFen(model, 'T07', '合计', '预算数', 0);
    const r = verifyReport(d.paragraphs, model, { prior: d.prior, supplement: d.supplement, style });
    expect(r.findings.filter((f) => f.kind === 'zero-base')[0]?.message).toContain('预算数为0');
  });

  it('finds a missing % sign', () => {
    const r = run(d, inject(d, /增长(\d+(?:\.\d+)?)%/, '增长$1'));
    expect(r.findings.find((f) => f.kind === 'percent-sign')?.expected).toMatch(/%$/);
  });

  it.each([['增加（减少）'], ['XX'], ['（增长）'], ['请填写']])('finds the template leftover %s', (leftover) => {
    expect(kinds(d, inject(d, /各增加/, `各${leftover}`))).toContain('placeholder');
  });

  it('finds a figure that appears in no table as 未能核对', () => {
    const r = run(d, inject(d, /。(与\d+年相比，收、支总计)/, '。另有往来款项12.34万元。$1'));
    expect(r.unchecked.map((u) => u.stated)).toEqual(['12.34万元']);
  });

  it('finds a 项 name that is not the name of its code', () => {
    const r = run(d, inject(d, /（款）行政运行（项）/, '（款）行政管理（项）'));
    expect(r.findings.find((f) => f.kind === 'subject-name')?.stated).toBe('行政管理（项）');
  });

  it('finds a 项 written under another 款', () => {
    const r = run(d, inject(d, /科学技术管理事务（款）行政运行（项）/, '基础研究（款）行政运行（项）'));
    expect(r.findings.find((f) => f.kind === 'subject-name')?.expected).toBe('科学技术管理事务行政运行');
  });

  it('finds an item listed under 主要包括 that is 0 in T06', () => {
    const t06 = d.model.schedules.get('T06')!;
    const zero = t06.rows.find((r) => r.block === 'public' && r.code?.length === 5 && t06.values.get(valueKey(r.key, '决算数'))?.parsed.kind === 'blank');
    const name = zero?.label ?? (() => { throw new Error('fixture has no zero T06 item'); })();
    const r = run(d, inject(d, /公用经费([^，]*)，主要包括：/, `公用经费$1，主要包括：${name}、`));
    expect(r.findings.find((f) => f.kind === 'main-items')).toMatchObject({ severity: 'error', stated: name });
  });

  it("finds a unit name that is not the workbook's", () => {
    expect(kinds(d, inject(d, /某市科学技术局决算情况说明/, '某县科学技术局决算情况说明'))).toEqual(['unit-name']);
  });

  it('finds a missing section', () => {
    const paragraphs = d.paragraphs.filter((p) => !p.includes('机关运行经费'));
    expect(run(d, paragraphs).findings.find((f) => f.kind === 'missing-section')?.message).toContain('机关运行经费');
  });

  it('finds 政府采购 without 中小企业', () => {
    expect(kinds(d, inject(d, /。授予中小企业合同金额.*$/m, '。'))).toContain('missing-content');
  });

  it('finds a 三公 item spent without its counts', () => {
    expect(kinds(d, inject(d, /，全年因公出国（境）团组\d+个、\d+人次/, ''))).toEqual(['missing-count', 'missing-count']);
  });

  it('finds an empty schedule with no explanation', () => {
    const paragraphs = d.paragraphs.filter((p) => !p.includes('没有国有资本经营预算财政拨款收入'));
    expect(kinds(d, paragraphs)).toContain('empty-schedule');
  });

  it('finds a change stated without its reason', () => {
    expect(kinds(d, inject(d, /。主要变动原因是[^。]*。/, '。'))).toEqual(['missing-reason']);
  });
});
