/**
 * Sentence matching is tied to figures and the names before them, not to one wording: the
 * national template's budget sentences (issue 10: "{项}（项）。年初预算为B万元，支出决算为A万元，
 * 完成年初预算的p%") verify clean, and a wrong budget figure or a false 持平 is found.
 */
import { verifyReport } from '../../../src/core/verify';
import { bump, draft } from './drafts';

const d = draft('national');
/** The budget the national draft states: 年初预算, or 全年预算 where the template has only that. */
const basis = /完成(年初预算|全年预算)的/.exec(d.paragraphs.join('\n'))?.[1] ?? '年初预算';

describe('the national template wording with budgets', () => {
  // The narrative writes the national template's wording itself (issue 10).
  const paragraphs = d.paragraphs;

  it('is what the test means to check (the 项 lines state their budget)', () => {
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
