/**
 * Text normalisation shared by the checks: Word and PDF text carry half-width brackets,
 * curly or straight quotes and stray spaces where the schedules have none.
 */

/** No spaces, full-width brackets and colon, no quotes: "“三公”经费" → "三公经费". */
export function normaliseText(text: string): string {
  return text
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/[“”"‘’'「」]/g, '');
}

/** Share of character bigrams two texts have in common (Dice coefficient, 0 … 1). */
export function similarity(a: string, b: string): number {
  const grams = (s: string): string[] => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
  const x = grams(a);
  const y = grams(b);
  if (x.length === 0 || y.length === 0) return a === b ? 1 : 0;
  const pool = new Map<string, number>();
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of x) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common += 1;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}
