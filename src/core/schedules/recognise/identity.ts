import { CellRef, a1 } from '../../grid/sheet-grid';
import { RecognitionIssue, ScheduleId } from '../model';
import { unitNameIn } from './furniture';
import * as issues_ from './issues';
import { SheetIndex } from './sheet-index';
import { norm, yearIn } from './text';

/**
 * The workbook's unit name and year, from wherever real workbooks put them (issue 10.1):
 * the lines between a schedule's title and header, a 编制单位 / 填报单位 line elsewhere in a
 * schedule's area, a super-title above the first schedule ("XX局2024年度部门决算表"), a cover
 * sheet (封面: 单位名称 / 部门名称 / 年度 with the value beside or below), and as the last
 * resort the file name (said so in an info issue). The first clue in that order wins;
 * a clue that disagrees is a warning naming both cells (and, for schedules, both names).
 */

/** Where a clue was found, in order of trust. */
export type ClueSource = 'schedule' | 'area' | 'superTitle' | 'cover' | 'file';

export interface Clue<T> {
  value: T;
  source: ClueSource;
  /** The cell; absent for the file name. */
  ref?: CellRef;
  schedule?: ScheduleId;
}

export interface IdentityClues {
  units: Clue<string>[];
  years: Clue<number>[];
}

export interface Identity {
  unitName?: string;
  year?: number;
  issues: RecognitionIssue[];
}

const ORDER: ClueSource[] = ['schedule', 'area', 'superTitle', 'cover', 'file'];
const UNIT_LABEL = /^(?:编制单位|填报单位|单位名称|部门名称|部门|单位)[：:]?$/;
const YEAR_LABEL = /^(?:年度|年份|决算年度|报表年度)[：:]?$/;

/**
 * A 编制单位 / 填报单位 written as a label cell with the name in the next cell of the row
 * ("编制单位：" | "某某局"), or in one cell ("编制单位：某某局").
 */
export function labelledUnit(ix: SheetIndex, r: number, labels: RegExp = /^(?:编制单位|填报单位)/): Clue<string> | undefined {
  const cells = ix.rows[r] ?? [];
  for (let i = 0; i < cells.length; i++) {
    const tc = cells[i];
    if (!labels.test(tc.text)) continue;
    const inCell = unitNameIn(tc.raw);
    if (inCell) return { value: inCell, source: 'area', ref: { sheet: ix.name, address: a1(r, tc.col) } };
    const next = cells[i + 1];
    if (UNIT_LABEL.test(tc.text) && next && !UNIT_LABEL.test(next.text) && unitNameIn(`单位：${next.raw}`)) {
      return { value: next.raw, source: 'area', ref: { sheet: ix.name, address: a1(r, next.col) } };
    }
  }
  return undefined;
}

/** What one schedule's furniture and area said (a read without a schedule id names none). */
export function scheduleClues(
  read: { instance: { id: ScheduleId }; unitName?: string; unitNameRef?: CellRef; year?: number; yearRef?: CellRef; areaUnits: Clue<string>[] },
  out: IdentityClues,
): void {
  const schedule = read.instance.id;
  if (read.unitName !== undefined) out.units.push({ value: read.unitName, source: 'schedule', ref: read.unitNameRef, schedule });
  if (read.year !== undefined) out.years.push({ value: read.year, source: 'schedule', ref: read.yearRef, schedule });
  out.units.push(...read.areaUnits);
}

/** 编制单位 / 填报单位 lines anywhere in a schedule's area (beneath the table, say). */
export function areaUnits(ix: SheetIndex, from: number, to: number, schedule: ScheduleId): Clue<string>[] {
  const out: Clue<string>[] = [];
  for (let r = Math.max(0, from); r < Math.min(to, ix.rowCount); r++) {
    const clue = labelledUnit(ix, r);
    if (clue) out.push({ ...clue, schedule });
  }
  return out;
}

const SUPER_TITLE = /^(.*?)((?:19|20)\d{2})\s*年度?.*决算/;

/**
 * A super-title above a sheet's first schedule title: "某某局2024年度部门决算表",
 * "某某单位2024年度部门决算公开表" (unit and year), or "2024年度部门决算" (year only).
 */
export function superTitleClues(ix: SheetIndex, titleRow: number, out: IdentityClues): void {
  for (let r = 0; r < titleRow; r++) {
    for (const tc of ix.rows[r] ?? []) {
      const m = SUPER_TITLE.exec(tc.text);
      if (!m) continue;
      const ref = { sheet: ix.name, address: a1(r, tc.col) };
      out.years.push({ value: Number(m[2]), source: 'superTitle', ref });
      const unit = m[1].replace(/[（(]?$/, '');
      if (unit.length >= 2) out.units.push({ value: unit, source: 'superTitle', ref });
      return;
    }
  }
}

const isLabel = (text: string): boolean => UNIT_LABEL.test(text) || YEAR_LABEL.test(text);

/** The value of a label cell on a cover: the next cell of the row, else the cell below. */
function valueBeside(ix: SheetIndex, r: number, i: number): { raw: string; ref: CellRef } | undefined {
  const cells = ix.rows[r];
  const next = cells[i + 1];
  if (next && !isLabel(next.text)) return { raw: next.raw, ref: { sheet: ix.name, address: a1(r, next.col) } };
  const col = cells[i].col;
  for (let d = 1; d <= 2 && r + d < ix.rowCount; d++) {
    const below = (ix.rows[r + d] ?? []).find((tc) => tc.col === col);
    if (below) return isLabel(below.text) ? undefined : { raw: below.raw, ref: { sheet: ix.name, address: a1(r + d, col) } };
  }
  return undefined;
}

/**
 * A cover sheet (封面, or any sheet without a schedule): 单位名称 / 部门名称 / 编制单位 and 年度
 * label cells with the value in the cell beside or below, or "单位名称：某某局" in one cell.
 */
export function coverClues(ix: SheetIndex, out: IdentityClues): void {
  for (let r = 0; r < ix.rowCount; r++) {
    const cells = ix.rows[r] ?? [];
    cells.forEach((tc, i) => {
      const ref = { sheet: ix.name, address: a1(r, tc.col) };
      const inline = /^(?:单位名称|部门名称|编制单位|填报单位)[：:](.+)$/.exec(tc.text);
      if (inline) out.units.push({ value: tc.raw.replace(/^[^：:]*[：:]\s*/, ''), source: 'cover', ref });
      const inlineYear = /^(?:年度|年份|决算年度)[：:]((?:19|20)\d{2})/.exec(tc.text);
      if (inlineYear) out.years.push({ value: Number(inlineYear[1]), source: 'cover', ref });
      if (/^(?:单位名称|部门名称|编制单位|填报单位)[：:]?$/.test(tc.text)) {
        const v = valueBeside(ix, r, i);
        if (v) out.units.push({ value: v.raw, source: 'cover', ref: v.ref });
      }
      if (YEAR_LABEL.test(tc.text)) {
        const v = valueBeside(ix, r, i);
        const y = v ? (/^(?:19|20)\d{2}$/.test(norm(v.raw)) ? Number(norm(v.raw)) : yearIn(v.raw)) : undefined;
        if (v && y !== undefined) out.years.push({ value: y, source: 'cover', ref: v.ref });
      }
    });
  }
}

/** Year and unit name from a file name: "某某局2024年度部门决算.xlsx". */
export function fileClues(file: string, out: IdentityClues): void {
  const base = file.split(/[\\/]/).pop()?.replace(/\.[A-Za-z0-9]+$/, '') ?? '';
  const m = /^(.*?)((?:19|20)\d{2})\s*年/.exec(base) ?? /(?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$)/.exec(base);
  if (!m) return;
  const withUnit = m.length === 3;
  out.years.push({ value: Number(withUnit ? m[2] : m[1]), source: 'file' });
  const unit = withUnit ? m[1].replace(/[_\-\s（(]+$/, '') : '';
  if (unit.length >= 2 && /[局委办院厅处所校中心馆站会部室社团]$/.test(unit)) out.units.push({ value: unit, source: 'file' });
}

function pick<T>(clues: Clue<T>[], same: (a: T, b: T) => boolean, code: 'unit-name-mismatch' | 'year-mismatch', what: string, file: string): { value?: T; issues: RecognitionIssue[] } {
  const sorted = [...clues].sort((a, b) => ORDER.indexOf(a.source) - ORDER.indexOf(b.source));
  const first = sorted[0];
  if (!first) return { issues: [] };
  const issues: RecognitionIssue[] = [];
  const reported: T[] = [];
  for (const c of sorted.slice(1)) {
    // A file name is only a fallback: it never contradicts what the sheets say.
    if (c.source === 'file' || same(c.value, first.value) || reported.some((v) => same(v, c.value))) continue;
    reported.push(c.value);
    issues.push(issues_.identityMismatch(code, what, String(c.value), c.ref, String(first.value), first.ref, c.schedule));
  }
  if (first.source === 'file') issues.push(issues_.identityFromFile(code, what, String(first.value), file));
  return { value: first.value, issues };
}

/**
 * Decide the unit name and year from all clues: the most trusted wins; each other value is
 * one warning naming its cell and the winner's.
 * @example decideIdentity({ units: [...], years: [...] }, 'a.xlsx').year
 */
export function decideIdentity(clues: IdentityClues, file: string): Identity {
  const unit = pick(clues.units, (a, b) => norm(a) === norm(b), 'unit-name-mismatch', '单位名称', file);
  const year = pick(clues.years, (a, b) => a === b, 'year-mismatch', '年度', file);
  const out: Identity = { issues: [...unit.issues, ...year.issues] };
  if (unit.value !== undefined) out.unitName = unit.value;
  if (year.value !== undefined) out.year = year.value;
  return out;
}
