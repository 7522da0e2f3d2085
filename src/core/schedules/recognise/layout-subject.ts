import { FUNCTIONAL_CLASSES } from '../catalogue/functional-classes';
import { RowInfo } from '../model';
import { allBlank, readValue } from './cells';
import { HeaderColumn, MatchedColumn, matchColumns } from './columns';
import { ReadContext, RowKeys, TableContent, columnInfos, emptyContent, headerRowOf, putRow } from './context';
import { LabelKind } from './header';
import * as issues from './issues';
import { isDigits, labelOf, norm, stripNumbering } from './text';

const CLASS_BY_NAME = new Map<string, string>();
for (const fc of FUNCTIONAL_CLASSES) for (const n of [fc.name, ...(fc.aliases ?? [])]) CLASS_BY_NAME.set(norm(n), fc.code);

const TOTAL_LABELS = /^(合计|总计|本年(收入|支出)合计|(收入|支出)合计)$/;
const LEVEL_BY_LENGTH: Record<number, number> = { 3: 1, 5: 2, 7: 3 };

/** Functional class code for a class name (current or former), if known. */
export function classCodeByName(label: string): string | undefined {
  return CLASS_BY_NAME.get(label);
}

/**
 * Match a schedule's catalogue columns against the amount columns of its header and
 * report columns that carry a header but match nothing, and required columns not found.
 */
export function matchScheduleColumns(ctx: ReadContext, cols: HeaderColumn[], defs = ctx.def.columns): MatchedColumn[] {
  const { matched, unmatched } = matchColumns(defs, cols, ctx.def.openColumns);
  const hr = headerRowOf(ctx.frame);
  for (const u of unmatched) ctx.issues.push(issues.unknownColumn(ctx.ix.name, hr, u.col, u.levels.join('/'), ctx.id));
  if (matched.length > 0) {
    const keys = new Set(matched.map((m) => m.key));
    for (const d of defs) {
      if (!d.optional && !keys.has(d.key)) {
        ctx.issues.push(issues.columnNotFound(ctx.ix.name, ctx.titleAddress, ctx.title, d.key, ctx.id));
        keys.add(d.key);
      }
    }
  }
  return matched;
}

/** Kinds for code columns: from the header (类/款/项), else by order of the digit columns. */
function codeKinds(ctx: ReadContext, area: number[]): Map<number, LabelKind> {
  const kinds = new Map<number, LabelKind>();
  for (const c of area) {
    const k = ctx.frame.labels.get(c);
    if (k === 'lei' || k === 'kuan' || k === 'xiang') kinds.set(c, k);
  }
  if (kinds.size > 0) return kinds;
  const digitCols = new Set<number>();
  let fragments = false;
  for (const r of ctx.body.rows.slice(0, 200)) {
    for (const tc of ctx.ix.rows[r]) {
      if (!area.includes(tc.col) || !isDigits(tc.text)) continue;
      digitCols.add(tc.col);
      if (tc.text.length === 2) fragments = true;
    }
  }
  if (fragments && digitCols.size >= 2) {
    const order: LabelKind[] = ['lei', 'kuan', 'xiang'];
    [...digitCols].sort((a, b) => a - b).slice(0, 3).forEach((c, i) => kinds.set(c, order[i]));
  }
  return kinds;
}

/** Carries 类 and 款 fragments down a three-column code (206 | 01 | 01, later rows blank). */
class CodeCarry {
  private cls = '';
  private kuan = '';

  read(frags: Partial<Record<'lei' | 'kuan' | 'xiang', string>>): string | undefined {
    const { lei, kuan, xiang } = frags;
    // A full code typed into a fragment column.
    if (xiang && xiang.length === 7) return this.set(xiang);
    if (kuan && kuan.length === 5) return this.set(kuan);
    if (lei && (lei.length === 5 || lei.length === 7)) return this.set(lei);
    if (lei) this.set(lei);
    if (kuan) this.kuan = kuan;
    if (xiang) return this.cls && this.kuan ? this.cls + this.kuan + xiang : undefined;
    if (kuan) return this.cls ? this.cls + this.kuan : undefined;
    return lei;
  }

  /** A full code resets the carry to its class and 款. */
  set(code: string): string {
    this.cls = code.slice(0, 3);
    this.kuan = code.length >= 5 ? code.slice(3, 5) : '';
    return code;
  }
}

/**
 * Detail tables keep columns the catalogue does not name; drop those that hold words, not
 * figures (an internal 编号 column beside the table), so rules never sum them.
 */
function withoutTextColumns(ctx: ReadContext, matched: MatchedColumn[]): MatchedColumn[] {
  if (!ctx.def.openColumns) return matched;
  const named = new Set(ctx.def.columns.map((d) => d.key));
  return matched.filter((m) => {
    if (named.has(m.key)) return true;
    let text = 0;
    let numbers = 0;
    for (const r of ctx.body.rows) {
      const kind = readValue(ctx.ix, r, m.col, 'amount', ctx.unit).parsed.kind;
      if (kind === 'text') text += 1;
      else if (kind === 'number') numbers += 1;
    }
    if (text > numbers) {
      ctx.issues.push(issues.unknownColumn(ctx.ix.name, headerRowOf(ctx.frame), m.col, m.label, ctx.id));
      return false;
    }
    return true;
  });
}

/**
 * Read a subject-layout schedule (T02, T03, T05, T08, T09, T09E, detail tables): a 合计 row
 * and functional subject rows, by one code column or by 类 | 款 | 项 fragments.
 */
export function readSubject(ctx: ReadContext): TableContent {
  const out = emptyContent();
  const { frame, ix } = ctx;
  const amountCols = [...frame.paths].filter(([c]) => !frame.labels.has(c)).map(([col, levels]) => ({ col, levels }));
  const matched = withoutTextColumns(ctx, matchScheduleColumns(ctx, amountCols));
  out.columns = columnInfos(matched);
  if (matched.length === 0) return out;
  const firstAmount = Math.min(...matched.map((m) => m.col));
  const inArea = (c: number): boolean => frame.labels.get(c) !== 'rowNo' && (frame.labels.has(c) || (c < firstAmount && !frame.paths.has(c)));
  const area = [...new Set([...frame.labels.keys(), ...Array.from({ length: firstAmount }, (_, i) => i)])].filter(inArea).sort((a, b) => a - b);
  const kinds = codeKinds(ctx, area);
  const carry = new CodeCarry();
  const keys = new RowKeys();
  const valueCols = matched.map((m) => m.col);
  let prev: RowInfo | undefined;
  for (const r of ctx.body.rows) {
    const frags: Partial<Record<'lei' | 'kuan' | 'xiang', string>> = {};
    let code: string | undefined;
    let name = '';
    let nameCol = area[0] ?? 0;
    for (const tc of ix.rows[r]) {
      if (!inArea(tc.col)) continue;
      const kind = kinds.get(tc.col);
      if (isDigits(tc.text) && kind) frags[kind as 'lei' | 'kuan' | 'xiang'] = tc.text;
      else if (isDigits(tc.text) && code === undefined) code = carry.set(tc.text);
      else if (name === '') {
        name = stripNumbering(tc.text);
        nameCol = tc.col;
      }
    }
    if (code === undefined && Object.keys(frags).length > 0) code = carry.read(frags);
    const joined = /^(\d{3,7})(\D.*)$/.exec(name);
    if (code === undefined && joined) {
      code = carry.set(joined[1]);
      name = labelOf(joined[2]);
    }
    let key: string;
    if (code !== undefined) {
      key = code;
    } else if (name === '') {
      if (!allBlank(ix, r, valueCols)) ctx.issues.push(issues.valuesWithoutLabel(ix.name, r, nameCol, ctx.id));
      continue;
    } else if (TOTAL_LABELS.test(name)) {
      key = '合计';
    } else if (classCodeByName(name)) {
      code = carry.set(classCodeByName(name)!);
      key = code;
    } else if (prev && allBlank(ix, r, valueCols)) {
      prev.label += name; // a long name wrapped onto the next row
      continue;
    } else {
      ctx.issues.push(issues.unknownRow(ix.name, r, nameCol, name, ctx.id, !allBlank(ix, r, valueCols)));
      continue;
    }
    const k = keys.take(key);
    const row: RowInfo = { key: k.key, label: name, gridRow: r };
    if (code !== undefined) {
      row.code = code;
      const level = LEVEL_BY_LENGTH[code.length];
      if (level) row.level = level;
    }
    if (k.duplicateOf) row.duplicateOf = k.duplicateOf;
    out.rows.push(row);
    putRow(ctx, out, row.key, r, matched);
    prev = row;
  }
  return out;
}
