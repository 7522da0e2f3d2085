/**
 * Figures that need more than one cell of this year: totals that differ ("各是A、B万元"), and
 * lines last year did not have (a rate over a zero base, never "增长100%").
 */
import { generateNarrative } from '../../../src/core/narrative';
import { valueKey } from '../../../src/core/schedules/model';
import { verifyReport } from '../../../src/core/verify';
import { getFenOf, setFen } from '../narrative/model-edit';
import { STYLES, draft, inject, paragraphsOf } from './drafts';

describe.each(STYLES)('%s style', (style) => {
  const d = draft(style);

  it('ties "收、支总计各是A、B万元" to the income and then the expenditure total', () => {
    const model = structuredClone(d.model);
    setFen(model, 'T01', '支出总计', '金额', getFenOf(model, 'T01', '支出总计', '金额') - 1_000_000);
    const paragraphs = paragraphsOf(generateNarrative(model, { style, prior: d.prior, supplement: d.supplement }));
    expect(paragraphs.some((p) => /收、支总计各是[\d.]+、[\d.]+万元/.test(p))).toBe(true);
    const r = verifyReport(paragraphs, model, { prior: d.prior, supplement: d.supplement, style });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const swapped = paragraphs.map((p) => p.replace(/收、支总计各是([\d.]+)、([\d.]+)万元/, '收、支总计各是$2、$1万元'));
    expect(verifyReport(swapped, model, { prior: d.prior, supplement: d.supplement, style }).findings.filter((f) => f.kind === 'amount')).toHaveLength(2);
  });

  it('finds a growth rate for a 项 that last year did not have', () => {
    const prior = structuredClone(d.prior);
    const t05 = prior.schedules.get('T05')!;
    for (const row of t05.rows.filter((r) => r.level === 3)) for (const c of t05.columns) t05.values.delete(valueKey(row.key, c.key));
    t05.rows = t05.rows.filter((r) => r.level !== 3);
    // Sichuan: "…（项）：支出决算为A万元…"; national: "…（项）。年初预算为B万元，支出决算为A万元…".
    const paragraphs = inject(d, /(（项）[：。](?:[^，。]*预算为[\d.]+万元，)?支出决算为)([\d.]+)万元(?=.*原因)/, '$1$2万元，比上年增加$2万元，增长100%');
    const r = verifyReport(paragraphs, d.model, { prior, supplement: d.supplement, style });
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.kind)).toEqual(['zero-base']);
  });
});
