import { SCHEDULE_DEFS, ScheduleDef } from '../catalogue/schedules';
import { SheetIndex } from './sheet-index';
import { isFootnote, norm, yearIn } from './text';

/** A place in a sheet where a schedule seems to start. */
export interface Candidate {
  ix: SheetIndex;
  /** Index of the sheet in the workbook (keeps workbook order in the result). */
  sheetOrder: number;
  /** 0-based title row; -1 when the schedule was recognised from the sheet name only. */
  titleRow: number;
  titleCol: number;
  /** The title text as written (or the sheet name). */
  titleText: string;
  /** The normalised catalogue title that matched ('' when matched by code). */
  matchedTitle: string;
  def: ScheduleDef;
  /** First row after the schedule's area (the next title row, or the sheet's end). */
  end: number;
  via: 'title' | 'code' | 'sheetName';
  /** Year written in the title, used before the full read to decide the template. */
  titleYear?: number;
}

interface TitleEntry {
  norm: string;
  def: ScheduleDef;
}

/** All catalogue titles, longest first, so that the longest contained title wins. */
const TITLES: TitleEntry[] = SCHEDULE_DEFS.flatMap((def) => def.titles.map((t) => ({ norm: norm(t), def }))).sort(
  (a, b) => b.norm.length - a.norm.length,
);

const CODE = /(公开|财决)0?(\d{1,2})表/;

/** Longest catalogue title contained in normalised text, if any. */
export function matchTitle(text: string): TitleEntry | undefined {
  if (!text.includes('决算')) return undefined;
  return TITLES.find((t) => text.includes(t.norm));
}

/** Schedule named by a code such as 公开01表 or 财决05表 in normalised text. */
export function matchCode(text: string): ScheduleDef | undefined {
  const m = CODE.exec(text);
  if (!m) return undefined;
  const code = `${m[1]}${m[2].padStart(2, '0')}表`;
  return SCHEDULE_DEFS.find((d) => d.codes.includes(code));
}

/** A cell can be a title when it is short and not a sentence or a footnote. */
function titleLike(raw: string, text: string): boolean {
  return text.length <= 80 && !/[。；，,]/.test(text) && !isFootnote(raw);
}

interface Hit {
  row: number;
  col: number;
  raw: string;
  entry?: TitleEntry;
  code?: ScheduleDef;
}

/**
 * Find where schedules start in one sheet: title rows first (each schedule's area ends at
 * the next title row), then code cells (公开01表) when the sheet has no title, then the
 * sheet name as a last resort.
 */
export function findCandidates(ix: SheetIndex, sheetOrder: number): Candidate[] {
  const titles: Hit[] = [];
  const codes: Hit[] = [];
  for (let r = 0; r < ix.rows.length; r++) {
    let best: Hit | undefined;
    for (const tc of ix.rows[r]) {
      if (tc.text.length < 4 || !tc.text.includes('表') || !titleLike(tc.raw, tc.text)) continue;
      const entry = matchTitle(tc.text);
      if (entry && (!best || entry.norm.length > best.entry!.norm.length)) best = { row: r, col: tc.col, raw: tc.raw, entry };
      if (!entry && codes.length < 50) {
        const code = matchCode(tc.text);
        if (code) codes.push({ row: r, col: tc.col, raw: tc.raw, code });
      }
    }
    if (best) titles.push(best);
  }
  if (titles.length > 0) return areas(ix, sheetOrder, titles, 'title');
  if (codes.length > 0) return areas(ix, sheetOrder, codes.map((h) => codeTitleRow(ix, h)), 'code');
  const name = norm(ix.name);
  const entry = matchTitle(name);
  const def = entry?.def ?? matchCode(name);
  if (!def || ix.isEmpty()) return [];
  return [
    {
      ix,
      sheetOrder,
      titleRow: -1,
      titleCol: 0,
      titleText: ix.name,
      matchedTitle: entry?.norm ?? '',
      def,
      end: ix.rows.length,
      via: 'sheetName',
      titleYear: yearIn(ix.name),
    },
  ];
}

/** A code usually sits at the right of the title row or alone just below it. */
function codeTitleRow(ix: SheetIndex, hit: Hit): Hit {
  const other = ix.rows[hit.row].find((tc) => tc.col !== hit.col);
  if (other) return { ...hit, col: other.col, raw: other.raw };
  for (let r = hit.row - 1; r >= Math.max(0, hit.row - 2); r--) {
    const first = ix.rows[r][0];
    if (first) return { ...hit, row: r, col: first.col, raw: first.raw };
  }
  return hit;
}

function areas(ix: SheetIndex, sheetOrder: number, hits: Hit[], via: 'title' | 'code'): Candidate[] {
  const out: Candidate[] = [];
  hits.forEach((h, i) => {
    const def = h.entry?.def ?? h.code;
    if (!def) return;
    out.push({
      ix,
      sheetOrder,
      titleRow: h.row,
      titleCol: h.col,
      titleText: h.raw,
      matchedTitle: h.entry?.norm ?? '',
      def,
      end: i + 1 < hits.length ? hits[i + 1].row : ix.rows.length,
      via,
      titleYear: yearIn(h.raw),
    });
  });
  return out;
}
