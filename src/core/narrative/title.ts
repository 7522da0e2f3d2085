import { NarrativeDocument } from './document';

/**
 * How many characters of the 22 pt title fit on a line of the printed page: GB/T 9704's
 * 156 mm text block holds 20 characters of 22 pt (7.76 mm each).
 */
export const PRINTED_TITLE_CHARS = 20;

/**
 * The report's title as lines for a line of `perLine` characters: the whole title when it
 * fits, else the unit on a line of its own above "{年}年度决算情况说明", the way such titles
 * are set, so that no line ends up holding 说明 alone.
 * @example titleLines(doc, 12) // ['某市科学技术局', '2024年度决算情况说明']
 */
export function titleLines(doc: Pick<NarrativeDocument, 'title' | 'titleParts'>, perLine: number): string[] {
  if (Array.from(doc.title).length <= perLine || !doc.titleParts) return [doc.title];
  return [doc.titleParts.unit, doc.titleParts.rest];
}
