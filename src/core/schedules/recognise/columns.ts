import { ColumnDef } from '../catalogue/schedules';
import { ColumnKind } from '../model';
import { norm } from './text';

/** A header column offered for matching: grid column and header levels. */
export interface HeaderColumn {
  col: number;
  levels: string[];
}

/** A grid column recognised as a catalogue column (or an open column of a detail table). */
export interface MatchedColumn {
  col: number;
  key: string;
  label: string;
  kind: ColumnKind;
}

const SUBTOTAL = new Set(['小计', '合计']);
/** Upper header levels that head the whole table's total rather than a group of columns. */
const TOTAL_GROUPS = new Set(['本年支出', '支出', '决算数', '金额', '本年决算数', '合计', '总计', '本年支出合计']);

/** A column's header levels in the forms aliases are compared with, made once per column. */
interface LevelForms {
  levels: string[];
  last: string;
  path: string;
  word: string;
}

function levelForms(levels: string[]): LevelForms {
  return { levels, last: levels[levels.length - 1], path: levels.join('/'), word: levels.join('') };
}

/** An alias normalised and split at its "/", made once per alias (the catalogue's are constant). */
interface AliasForm {
  whole: string;
  parts: string[];
}

const aliasForms = new Map<string, AliasForm>();

function aliasForm(alias: string): AliasForm {
  let form = aliasForms.get(alias);
  if (!form) {
    const whole = norm(alias);
    aliasForms.set(alias, (form = { whole, parts: whole.split('/') }));
  }
  return form;
}

function scoreOf(col: LevelForms, alias: AliasForm): number {
  const { levels, last } = col;
  const a = alias.whole;
  if (col.path === a) return 4;
  const parts = alias.parts;
  if (parts.length === 2) {
    return last === parts[1] && levels.slice(0, -1).some((l) => l.includes(parts[0])) ? 3 : 0;
  }
  if (levels.length > 1 && col.word === a) return 3;
  return last === a ? 2 : 0;
}

/**
 * How well header levels match an alias: 4 = the whole path, 3 = "upper/last" alias or the
 * levels read as one word, 2 = the last level; 0 = no match.
 */
export function aliasScore(levels: string[], alias: string): number {
  return scoreOf(levelForms(levels), aliasForm(alias));
}

/** True for a 小计/合计 column under a group heading such as 人员经费 (detail tables). */
export function isGroupSubtotal(levels: string[]): boolean {
  if (levels.length < 2 || !SUBTOTAL.has(levels[levels.length - 1])) return false;
  return !TOTAL_GROUPS.has(levels[levels.length - 2]);
}

/**
 * Match header columns to catalogue columns: every (column, definition) pair is scored and
 * the best pairs are taken first, so that "本年支出/合计" wins over a bare "合计" elsewhere.
 * Each definition and each grid column is used once. With `open`, columns left over keep
 * their last header level as key, and a group subtotal becomes `<group>小计`.
 */
export function matchColumns(defs: ColumnDef[], cols: HeaderColumn[], open = false): { matched: MatchedColumn[]; unmatched: HeaderColumn[] } {
  const pairs: { score: number; col: HeaderColumn; def: ColumnDef; order: number }[] = [];
  const offered = cols.filter((col) => !(open && isGroupSubtotal(col.levels))).map((col) => ({ col, forms: levelForms(col.levels) }));
  defs.forEach((def, order) => {
    const aliases = def.aliases.map(aliasForm);
    for (const { col, forms } of offered) {
      let score = 0;
      for (const a of aliases) score = Math.max(score, scoreOf(forms, a));
      if (score > 0) pairs.push({ score, col, def, order });
    }
  });
  pairs.sort((x, y) => y.score - x.score || x.col.col - y.col.col || x.order - y.order);
  const usedCols = new Set<number>();
  const usedKeys = new Set<string>();
  const matched: MatchedColumn[] = [];
  for (const p of pairs) {
    if (usedCols.has(p.col.col) || usedKeys.has(p.def.key)) continue;
    usedCols.add(p.col.col);
    usedKeys.add(p.def.key);
    matched.push({ col: p.col.col, key: p.def.key, label: p.col.levels.join('/'), kind: p.def.kind });
  }
  const unmatched: HeaderColumn[] = [];
  for (const col of cols) {
    if (usedCols.has(col.col)) continue;
    if (!open) {
      unmatched.push(col);
      continue;
    }
    const n = col.levels.length;
    let key = isGroupSubtotal(col.levels) ? `${col.levels[n - 2]}小计` : col.levels[n - 1];
    if (usedKeys.has(key) && n >= 2) key = `${col.levels[n - 2]}/${col.levels[n - 1]}`;
    if (usedKeys.has(key)) {
      unmatched.push(col);
      continue;
    }
    usedKeys.add(key);
    matched.push({ col: col.col, key, label: col.levels.join('/'), kind: 'amount' });
  }
  matched.sort((a, b) => a.col - b.col);
  return { matched, unmatched };
}
