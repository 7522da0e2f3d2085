import { Section } from './document';

/**
 * The integer-amounts setting (narrative.md §3): whole 万元 written bare ("11万元", as the
 * Sichuan seed report does) instead of the default "11.00万元". Applied to the finished
 * sections, so every generator writes amounts one way and the setting lives in one place.
 * Only amounts and differences change; rates and shares keep the style's decimals.
 */
export function bareWholeAmounts(section: Section): void {
  for (const p of section.paragraphs) {
    for (const r of p.runs) {
      if (r.kind === 'number' && (r.figure === 'amount' || r.figure === 'difference')) r.text = r.text.replace(/\.00$/, '');
    }
  }
  section.subsections.forEach(bareWholeAmounts);
}
