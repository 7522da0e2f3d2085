/** Correct drafts from generateNarrative verify clean in both styles (issue 13, "It must show"). */
import { verifyReport } from '../../../src/core/verify';
import { STYLES, draft } from './drafts';

describe.each(STYLES)('a finished %s draft', (style) => {
  const d = draft(style);
  const result = verifyReport(d.paragraphs, d.model, { prior: d.prior, supplement: d.supplement, style });

  it('has no error finding', () => {
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('ties every figure the narrative stated from a table', () => {
    expect(result.unchecked).toEqual([]);
    expect(result.figures.length).toBeGreaterThan(80);
    expect(result.figures.every((t) => t.claim !== undefined)).toBe(true);
  });

  it('finds the sentences under the style sections', () => {
    expect(result.sentences.every((s) => s.sectionId !== undefined)).toBe(true);
  });

  it('warns only that the 名词解释 of the published package is not part of the draft', () => {
    expect(result.findings.map((f) => f.message)).toEqual(['公开报告中没有找到“名词解释”部分。']);
  });
});
