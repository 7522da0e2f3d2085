/**
 * Sentence matching is tied to figures and the names before them, not to one wording: the
 * national template's budget sentences (issue 10: "{项}（项）。全年预算为B万元，支出决算为A万元，
 * 完成全年预算的p%") verify as the draft's do, and a wrong budget figure is found.
 */
import { formatWan } from '../../../src/core/compare';
import { subjectLines } from '../../../src/core/compare/lines';
import { getFen } from '../../../src/core/schedules/model';
import { verifyReport } from '../../../src/core/verify';
import { bump, draft } from './drafts';

const d = draft('national');
const column = d.model.schedules.get('T05')!.columns.some((c) => c.key === '全年预算数') ? '全年预算数' : '年初预算数';
const basis = column === '全年预算数' ? '全年预算' : '年初预算';
const items = subjectLines(d.model, 'T05', '合计', 3);

/** The draft's 五(三) rewritten in the national template's wording, budgets stated. */
function nationalWording(): string[] {
  return d.paragraphs.map((p) => {
    const head = /^(\d{4})年一般公共预算财政拨款支出决算数为([\d.]+)万元，完成预算([\d.]+)%。其中：$/.exec(p);
    if (head) {
      const budget = formatWan(getFen(d.model, 'T05', '合计', column)!);
      return `${head[1]}年度一般公共预算财政拨款支出${basis}为${budget}万元，支出决算为${head[2]}万元，完成${basis}的${head[3]}%。`;
    }
    const line = /^\d+\.(.+（款）)(.+)（项）：支出决算为([\d.]+)万元，完成预算([\d.]+)%(.*)$/.exec(p);
    if (!line) return p;
    const item = items.find((i) => i.label === line[2] && formatWan(i.fact.value) === line[3])!;
    const budget = formatWan(getFen(d.model, 'T05', item.key, column)!);
    const rest = line[5] ? line[5].replace('决算数大于预算数', `决算数大于${basis}数`).replace('决算数小于预算数', `决算数小于${basis}数`) : `，决算数与${basis}数持平。`;
    return `${line[1]}${line[2]}（项）。${basis}为${budget}万元，支出决算为${line[3]}万元，完成${basis}的${line[4]}%${rest}`;
  });
}

describe('the national template wording with budgets', () => {
  const paragraphs = nationalWording();

  it('is what the test means to check (the lines were rewritten)', () => {
    expect(paragraphs.filter((p) => p.includes(`（项）。${basis}为`)).length).toBeGreaterThan(10);
  });

  it('verifies clean, every budget and 决算 figure tied', () => {
    const r = verifyReport(paragraphs, d.model, { prior: d.prior, supplement: d.supplement, style: 'national' });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.unchecked).toEqual([]);
    expect(r.figures.filter((t) => t.budget).length).toBeGreaterThan(10);
  });

  it('finds a wrong budget figure', () => {
    let done = false;
    const wrong = paragraphs.map((p) => {
      if (done || !p.includes(`（项）。${basis}为`)) return p;
      done = true;
      return p.replace(new RegExp(`${basis}为([\\d.]+)万元`), (_m, n: string) => `${basis}为${bump(n)}万元`);
    });
    const r = verifyReport(wrong, d.model, { prior: d.prior, supplement: d.supplement, style: 'national' });
    const f = r.findings.find((x) => x.kind === 'amount');
    expect(f?.message).toContain('的预算数应为');
  });

  it('finds 持平 where 决算 and budget differ', () => {
    const i = paragraphs.findIndex((p) => p.includes(`（项）。${basis}为`) && p.includes('原因是'));
    const wrong = [...paragraphs];
    wrong[i] = wrong[i].replace(/，决算数[大小]于.*$/, `，决算数与${basis}数持平。`);
    const r = verifyReport(wrong, d.model, { prior: d.prior, supplement: d.supplement, style: 'national' });
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.kind)).toEqual(['flat']);
  });
});
