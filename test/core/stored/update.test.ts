import { Annotations, StoredData, emptyStored, withAnnotation, withEdit, withPacks, withPrior, withReason, withSettings, withoutEdits } from '../../../src/core/stored';

const T1 = new Date('2025-03-01T08:00:00.000Z');
const T2 = new Date('2025-03-02T09:30:00.000Z');
const withNotes = (annotations: Annotations): StoredData => ({ ...emptyStored(), annotations });

describe('annotations', () => {
  it('stores a trimmed explanation with the time of the change', () => {
    expect(withAnnotation(emptyStored(), 'K', { explanation: '  因政策调整，支出增加。 ' }, T1).annotations).toEqual({ K: { explanation: '因政策调整，支出增加。', updatedAt: '2025-03-01T08:00:00.000Z' } });
  });

  it('removes an annotation whose explanation is cleared and that is not ignored', () => {
    const d = withNotes({ K: { explanation: 'x', updatedAt: T1.toISOString() }, L: { ignored: true, updatedAt: T1.toISOString() } });
    expect(withAnnotation(d, 'K', { explanation: '   ' }, T2).annotations).toEqual({ L: { ignored: true, updatedAt: '2025-03-01T08:00:00.000Z' } });
  });

  it('ignores and restores without losing the explanation', () => {
    const ignored = withAnnotation(withAnnotation(emptyStored(), 'K', { explanation: '说明' }, T1), 'K', { ignored: true }, T2);
    expect(ignored.annotations.K).toEqual({ explanation: '说明', ignored: true, updatedAt: '2025-03-02T09:30:00.000Z' });
    expect(withAnnotation(ignored, 'K', { ignored: false }, T2).annotations.K).toEqual({ explanation: '说明', updatedAt: '2025-03-02T09:30:00.000Z' });
  });

  it('never changes the document it was given', () => {
    const before = withNotes({ K: { explanation: 'x', updatedAt: T1.toISOString() } });
    withAnnotation(before, 'K', { ignored: true }, T2);
    expect(before.annotations).toEqual({ K: { explanation: 'x', updatedAt: '2025-03-01T08:00:00.000Z' } });
  });
});

describe('the other slices', () => {
  it('sets and clears a typed reason and a paragraph edit', () => {
    const d = withEdit(withReason(emptyStored(), 'reason:收支总计', ' 人员增加 ', T1), '一:0', { text: '我的', generated: '生成的' }, T1);
    expect(d.reasons).toEqual({ 'reason:收支总计': { text: '人员增加', updatedAt: T1.toISOString() } });
    expect(d.edits).toEqual({ '一:0': { text: '我的', generated: '生成的', updatedAt: T1.toISOString() } });
    expect(withReason(d, 'reason:收支总计', ' ', T2).reasons).toEqual({});
    expect(withEdit(d, '一:0', undefined, T2).edits).toEqual({});
    expect(withoutEdits(d, ['一:0', '二:0']).edits).toEqual({});
  });

  it('keeps only plausible overrides', () => {
    const d = withSettings(emptyStored(), { unitName: ' 某局 ', year: 2024, style: 'national', percentDecimals: 1 });
    expect(d.settings).toEqual({ unitName: '某局', year: 2024, style: 'national', percentDecimals: 1 });
    expect(withSettings(d, { unitName: '', year: 19, percentDecimals: undefined }).settings).toEqual({ style: 'national' });
    expect(withSettings(d, { integerAmounts: true, listZeroItems: 'yes' }).settings).toMatchObject({ integerAmounts: true });
    expect('listZeroItems' in withSettings(d, { listZeroItems: 'yes' }).settings).toBe(false);
  });

  it('sets and removes last year\'s model and the packs', () => {
    const d = withPacks(withPrior(emptyStored(), { model: 'm', file: 'a.xlsx' }), [{ name: 'p.json', text: '{}', addedAt: '' }]);
    expect(d.prior).toEqual({ model: 'm', file: 'a.xlsx' });
    expect(d.packs.map((p) => p.name)).toEqual(['p.json']);
    expect('prior' in withPrior(d, undefined)).toBe(false);
  });
});
