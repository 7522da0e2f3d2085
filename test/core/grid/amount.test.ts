import { parseAmount, parseNumberText, countedFen } from '../../../src/core/grid/amount';
import { formatAmount, toFen, unitFromText } from '../../../src/core/grid/units';

describe('parseNumberText', () => {
  it.each([
    ['2,940.05', 2940.05],
    ['１２３.４', 123.4],
    ['(12.50)', -12.5],
    ['－3', -3],
    [' 1,234.5 ', 1234.5],
    ['1,234,567.89', 1234567.89],
    ['１，２３４', 1234],
    ['+7', 7],
    ['（3）', -3],
    ['.5', 0.5],
  ])('reads %s', (text, n) => expect(parseNumberText(text)).toBe(n));
  it.each(['abc', '12a', '1.2.3', ''])('rejects %s', (text) => expect(parseNumberText(text)).toBeUndefined());
  // Issue 16 item 9: forms that could mean more than one number are not guessed.
  it.each(['1 2', '1 234.5', '(-5)', '-(5)', '--3', '+-3', '2,3,6.58', '12,34', '1,2345', '1,234.5,6', '1e3'])('refuses the ambiguous %s', (text) =>
    expect(parseNumberText(text)).toBeUndefined(),
  );
});

describe('parseAmount', () => {
  it('reads numbers, text numbers, blanks, errors and formulas without values', () => {
    expect(parseAmount({ value: 1523.26 }, '万元')).toEqual({ kind: 'number', fen: 1_523_260_000, fromText: false });
    expect(parseAmount({ value: '2,940.05' }, '万元')).toEqual({ kind: 'number', fen: 2_940_050_000, fromText: true });
    expect(parseAmount({ value: '—' }, '万元')).toEqual({ kind: 'blank' });
    expect(parseAmount({ value: '-' }, '元')).toEqual({ kind: 'blank' });
    expect(parseAmount(null, '元')).toEqual({ kind: 'blank' });
    expect(parseAmount({ value: { error: '#REF!' } }, '元')).toEqual({ kind: 'error', code: '#REF!' });
    expect(parseAmount({ value: '#DIV/0!' }, '元')).toEqual({ kind: 'error', code: '#DIV/0!' });
    expect(parseAmount({ value: null, formula: 'SUM(B2:B4)', formulaWithoutValue: true }, '元')).toEqual({ kind: 'noValue', formula: 'SUM(B2:B4)' });
    expect(parseAmount({ value: '见说明' }, '元')).toEqual({ kind: 'text', text: '见说明' });
  });

  it('sums two-decimal amounts exactly', () => {
    const parts = [0.1, 0.2, 0.7, 1523.26, 2940.05].map((v) => countedFen(parseAmount({ value: v }, '万元'))!);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(toFen(4464.31, '万元'));
    expect(0.1 + 0.2).not.toBe(0.3); // the float sum this representation avoids
  });

  it('reports figures beyond 15 significant digits of 分, or not finite, as out of range', () => {
    expect(parseAmount({ value: 1e303 }, '万元')).toEqual({ kind: 'outOfRange', text: '1e+303' });
    expect(parseAmount({ value: 1e303, text: '1.00E+303' }, '万元')).toEqual({ kind: 'outOfRange', text: '1.00E+303' });
    expect(parseAmount({ value: Infinity }, '元')).toEqual({ kind: 'outOfRange', text: 'Infinity' });
    expect(parseAmount({ value: NaN }, '元')).toEqual({ kind: 'outOfRange', text: 'NaN' });
    expect(parseAmount({ value: '12345678901234567890' }, '元')).toEqual({ kind: 'outOfRange', text: '12345678901234567890' });
    // 999,999,999.99 万元 is 999,999,999,999,000 分: 15 digits, still a figure; 10 亿 万元 is not.
    expect(parseAmount({ value: 999_999_999.99 }, '万元')).toEqual({ kind: 'number', fen: 999_999_999_990_000, fromText: false });
    expect(parseAmount({ value: 1_000_000_000 }, '万元').kind).toBe('outOfRange');
    expect(countedFen({ kind: 'outOfRange', text: '1e+303' })).toBeUndefined();
  });

  it('reads an ambiguous text number as unreadable text', () => {
    expect(parseAmount({ value: '1 2' }, '万元')).toEqual({ kind: 'text', text: '1 2' });
    expect(parseAmount({ value: '(-5)' }, '万元')).toEqual({ kind: 'text', text: '(-5)' });
  });

  it('converts units', () => {
    expect(parseAmount({ value: 15232600 }, '元')).toEqual({ kind: 'number', fen: 1_523_260_000, fromText: false });
    expect(parseAmount({ value: 152326 }, '千元')).toEqual({ kind: 'number', fen: 15_232_600_000, fromText: false });
  });
});

describe('units', () => {
  it.each([
    ['金额单位：万元', '万元'],
    ['单位: 元', '元'],
    ['单位：千元', '千元'],
    ['（万元）', '万元'],
    ['编制单位：某某局', undefined],
  ])('finds the unit in %s', (text, unit) => expect(unitFromText(text)).toBe(unit));

  it('formats amounts half up with separators', () => {
    expect(formatAmount(1_523_260_000, '万元')).toBe('1,523.26');
    expect(formatAmount(-360_000, '万元')).toBe('-0.36');
    expect(formatAmount(5_000, '万元')).toBe('0.01');
    expect(formatAmount(4_999, '万元')).toBe('0.00');
    expect(formatAmount(12, '元')).toBe('0.12');
  });

  it.each([
    [0, '0.00'],
    [99_999, '999.99'],
    [100_000, '1,000.00'],
    [12_345_678_900, '123,456,789.00'],
    [-1_234_567_800, '-12,345,678.00'],
    [123_456_789_012_345, '1,234,567,890,123.45'],
  ])('puts a comma every three digits of %d 分 in 元', (fen, text) => expect(formatAmount(fen, '元')).toBe(text));

  it('never prints Infinity or NaN', () => {
    for (const v of [Infinity, -Infinity, NaN]) expect(formatAmount(v, '万元')).not.toMatch(/Infinity|NaN/);
  });
});
