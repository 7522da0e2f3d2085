import { withExplanation, withIgnored } from '../../src/taskpane/annotations';

const T1 = new Date('2025-03-01T08:00:00.000Z');
const T2 = new Date('2025-03-02T09:30:00.000Z');

describe('annotations', () => {
  it('stores a trimmed explanation with the time of the change', () => {
    const a = withExplanation({}, 'K', '  因政策调整，支出增加。 ', T1);
    expect(a).toEqual({ K: { explanation: '因政策调整，支出增加。', updatedAt: '2025-03-01T08:00:00.000Z' } });
  });

  it('removes an annotation whose explanation is cleared and that is not ignored', () => {
    const a = withExplanation({ K: { explanation: 'x', updatedAt: T1.toISOString() }, L: { ignored: true, updatedAt: T1.toISOString() } }, 'K', '   ', T2);
    expect(a).toEqual({ L: { ignored: true, updatedAt: '2025-03-01T08:00:00.000Z' } });
  });

  it('ignores and restores without losing the explanation', () => {
    const explained = withExplanation({}, 'K', '说明', T1);
    const ignored = withIgnored(explained, 'K', true, T2);
    expect(ignored.K).toEqual({ explanation: '说明', ignored: true, updatedAt: '2025-03-02T09:30:00.000Z' });
    expect(withIgnored(ignored, 'K', false, T2).K).toEqual({ explanation: '说明', updatedAt: '2025-03-02T09:30:00.000Z' });
    expect(withIgnored(withIgnored({}, 'M', true, T1), 'M', false, T2)).toEqual({});
  });

  it('never changes the object it was given', () => {
    const before = { K: { explanation: 'x', updatedAt: T1.toISOString() } };
    withIgnored(before, 'K', true, T2);
    expect(before).toEqual({ K: { explanation: 'x', updatedAt: '2025-03-01T08:00:00.000Z' } });
  });
});
