import { TableContent } from './context';
import { isEmptyStatement, isFootnote, norm } from './text';

/**
 * Empty schedules are empty (issue 10.2). Real workbooks say a table holds nothing with a
 * note written where a figure would be: "本表无数据", "注：本单位无…，故本表无数据" or the
 * table's own footnote "注：本表反映…", merged across the first data row or the 合计 row (the
 * 三公 table has no label column, so the note lands in an amount cell). Such a note is not an
 * unreadable amount.
 */

/** A note about the table rather than a figure. */
export function isTableNote(raw: string): boolean {
  const t = norm(raw);
  return isEmptyStatement(raw) || isFootnote(raw) || /^本表/.test(t) || /^本(?:单位|部门)(?:无|没有|未)/.test(t);
}

/**
 * When a table holds no figure (every amount cell blank or 0) except notes in its amount
 * cells, those cells read as blank and the first note is the table's empty statement. A note
 * in a table that does hold figures is left alone: it is still an unreadable amount.
 * @returns the note, or undefined when the table holds figures or no note.
 */
export function clearEmptyTableNotes(content: TableContent): string | undefined {
  let note: string | undefined;
  for (const map of [content.values, content.stats]) {
    for (const v of map.values()) {
      const p = v.parsed;
      if (p.kind === 'blank' || (p.kind === 'number' && p.fen === 0)) continue;
      if (p.kind === 'text' && isTableNote(p.text)) {
        note ??= p.text;
        continue;
      }
      return undefined;
    }
  }
  if (note === undefined) return undefined;
  for (const map of [content.values, content.stats]) {
    for (const [k, v] of map) if (v.parsed.kind === 'text') map.set(k, { ref: v.ref, parsed: { kind: 'blank' } });
  }
  return note;
}
