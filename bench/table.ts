/** Plain-text tables and number formats for the bench output. */

export interface Table {
  title: string;
  headers: string[];
  rows: string[][];
  /** Lines printed under the table (how to read it, estimates). */
  notes?: string[];
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number, left: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return left ? s + fill : fill + s;
}

/** The table as text: first column left-aligned, the figures right-aligned. */
export function formatTable(t: Table): string {
  const widths = t.headers.map((h, i) => Math.max(width(h), ...t.rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i], i === 0)).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [`## ${t.title}`, '', line(t.headers), rule, ...t.rows.map(line), ...(t.notes?.length ? ['', ...t.notes] : []), ''].join('\n');
}

export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
export const ratio = (x: number): string => `${x.toFixed(2)}×`;
export const mb = (x: number): string => x.toFixed(1);
export const int = (x: number): string => Math.round(x).toLocaleString('en-US');
export const seconds = (msValue: number): string => `${(msValue / 1000).toFixed(1)} s`;
