/**
 * Every fixture variant (layouts, units, text numbers, stacked tables …) drafts a report in
 * both styles with no placeholder for a figure the workbook holds, and the same 收、支总计 as
 * the fixture.
 */
import { generateNarrative } from '../../../src/core/narrative';
import { recogniseWorkbook } from '../../../src/core/schedules/recognise';
import { FIXTURE_VARIANTS, buildFixture } from '../../factories';
import { fig, placeholders, runFor, section } from './helpers';

describe.each(FIXTURE_VARIANTS)('fixture variant $name', ({ options }) => {
  it.each(['sichuan', 'national'] as const)('drafts the %s style', (style) => {
    const now = buildFixture({ ...options, year: 2024 });
    const then = buildFixture({ ...options, year: 2023 });
    const doc = generateNarrative(recogniseWorkbook({ file: 'a', sheets: now.sheets }), {
      style,
      prior: recogniseWorkbook({ file: 'b', sheets: then.sheets }),
    });
    const p = section(doc, '一').paragraphs[0];
    expect(runFor(p, 'amount', 'T01', '收入总计', '金额').value).toBe(fig(now, 'T01', '收入总计', '金额'));
    expect(runFor(p, 'difference', 'T01', '收入总计', '金额').value).toBe(fig(now, 'T01', '收入总计', '金额') - fig(then, 'T01', '收入总计', '金额'));
    const ph = placeholders(doc);
    expect(ph.filter((r) => r.placeholder === 'prior' || r.id.startsWith('current:'))).toEqual([]);
    expect(doc.openItems.map((o) => o.id)).toEqual(ph.map((r) => r.id));
  });
});
