import { ECONOMIC_ITEMS } from '../catalogue/economic-items';
import { RowInfo } from '../model';
import { Block, splitBlocks } from './blocks';
import { allBlank } from './cells';
import { MatchedColumn } from './columns';
import { ReadContext, RowKeys, TableContent, columnInfos, emptyContent, putRow } from './context';
import * as issues from './issues';
import { matchScheduleColumns } from './layout-subject';
import { isDigits, labelOf, norm } from './text';

type Side = 'personnel' | 'public';

const SIDE_BY_CLASS = new Map<string, Side>();
const CODE_BY_NAME = new Map<string, string>();
for (const e of ECONOMIC_ITEMS) {
  if (e.code.length === 3) SIDE_BY_CLASS.set(e.code, e.side);
  if (!CODE_BY_NAME.has(norm(e.name))) CODE_BY_NAME.set(norm(e.name), e.code);
}

/** The block's figure column: the catalogue column if the header names it, else its first amount column. */
function blockColumn(ctx: ReadContext, block: Block): MatchedColumn[] {
  const cols = block.amountCols.map((col) => ({ col, levels: ctx.frame.paths.get(col)! }));
  const matched = matchScheduleColumns(ctx, cols);
  if (matched.length > 0 || cols.length === 0) return matched;
  const def = ctx.def.columns[0];
  return [{ col: cols[0].col, key: def.key, label: cols[0].levels.join('/'), kind: def.kind }];
}

/**
 * Read the basic-expenditure schedule (T06): blocks of (code | name | 决算数), the code in one
 * column or split 类 | 款 (301 | 01, the class carried down). Rows are keyed by code; the
 * bottom 人员经费合计 / 公用经费合计 cells become rows of those names.
 */
export function readEconomic(ctx: ReadContext): TableContent {
  const out = emptyContent();
  const { ix, frame } = ctx;
  const items = ctx.def.items ?? [];
  const blocks = splitBlocks(frame).filter((b) => b.labelCols.length > 0);
  const cols = blocks.map((b) => blockColumn(ctx, b));
  out.columns = columnInfos(cols.flat());
  const keys = new RowKeys();
  const carried: string[] = blocks.map(() => '');
  for (const r of ctx.body.rows) {
    blocks.forEach((block, bi) => {
      const bcols = cols[bi];
      const valueCols = bcols.map((m) => m.col);
      const digits: string[] = [];
      let name = '';
      let nameCol = block.labelCols[0];
      for (const tc of ix.rows[r]) {
        if (!block.labelCols.includes(tc.col) || frame.labels.get(tc.col) === 'rowNo') continue;
        if (isDigits(tc.text)) digits.push(tc.text);
        else if (name === '') {
          name = labelOf(tc.raw);
          nameCol = tc.col;
        }
      }
      let code = economicCode(digits, carried[bi]);
      const joined = /^(\d{3}|\d{5})(\D.*)$/.exec(name);
      if (!code && joined) {
        code = joined[1];
        name = labelOf(joined[2]);
      }
      let key: string;
      let side: Side = bi === 0 ? 'personnel' : 'public';
      const item = items.find((i) => [i.key, ...(i.aliases ?? [])].map(norm).includes(name));
      if (code) {
        carried[bi] = code.slice(0, 3);
        key = code;
        side = SIDE_BY_CLASS.get(code.slice(0, 3)) ?? side;
      } else if (item) {
        key = item.key;
        side = item.key === '人员经费合计' ? 'personnel' : 'public';
      } else if (name !== '' && CODE_BY_NAME.has(name)) {
        code = CODE_BY_NAME.get(name)!;
        key = code;
        side = SIDE_BY_CLASS.get(code.slice(0, 3)) ?? side;
      } else {
        if (name !== '') ctx.issues.push(issues.unknownRow(ix.name, r, nameCol, name, ctx.id, !allBlank(ix, r, valueCols)));
        else if (valueCols.length > 0 && !allBlank(ix, r, valueCols)) ctx.issues.push(issues.valuesWithoutLabel(ix.name, r, nameCol, ctx.id));
        return;
      }
      const k = keys.take(key);
      const row: RowInfo = { key: k.key, label: name, block: side, gridRow: r };
      if (code) {
        row.code = code;
        row.level = code.length === 3 ? 1 : code.length === 5 ? 2 : undefined;
        if (row.level === undefined) delete row.level;
      }
      if (k.duplicateOf) row.duplicateOf = k.duplicateOf;
      out.rows.push(row);
      putRow(ctx, out, row.key, r, bcols);
    });
  }
  return out;
}

/** Code from the digit cells of a block row: "30101", or "301" | "01", or "01" under a carried class. */
function economicCode(digits: string[], carriedClass: string): string | undefined {
  if (digits.length === 0) return undefined;
  if (digits.length >= 2 && digits[0].length === 3 && digits[1].length === 2) return digits[0] + digits[1];
  const d = digits[0];
  if (d.length === 2) return carriedClass ? carriedClass + d : undefined;
  return d;
}
