import { NOT_A_FIGURE, groupThousands } from '../../core/grid/units';

/**
 * Numbers as the spec's Excel-style number format prints them, so the image and the Excel
 * chart show the same text. Handles the formats charts use: "0", "0.00", "#,##0.00".
 * @example formatChartValue(1234.5, '#,##0.00') === '1,234.50'
 */
export function formatChartValue(value: number, numberFormat: string): string {
  if (!Number.isFinite(value)) return NOT_A_FIGURE;
  const decimals = /\.(0+)/.exec(numberFormat)?.[1].length ?? 0;
  // Round half away from zero on the decimal value (Excel's way), not on the binary one:
  // (1.005).toFixed(2) is "1.00" but Excel shows 1.01.
  const scale = 10 ** decimals;
  const rounded = Math.sign(value) * Math.round(Number((Math.abs(value) * scale).toPrecision(15))) / scale;
  const fixed = (Object.is(rounded, -0) ? 0 : rounded).toFixed(decimals);
  if (!numberFormat.includes(',')) return fixed;
  const [int, frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  return `${sign}${groupThousands(int.slice(sign.length))}${frac === undefined ? '' : `.${frac}`}`;
}

/** A percentage with two decimals: 33.3 → "33.30%". */
export function formatPercent(percent: number): string {
  if (!Number.isFinite(percent)) return NOT_A_FIGURE;
  return `${percent.toFixed(2)}%`;
}
