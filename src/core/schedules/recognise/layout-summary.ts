import { ColumnDef, ItemDef } from '../catalogue/schedules';
import { RowInfo, valueKey } from '../model';
import { Block, blockLabel, splitBlocks } from './blocks';
import { allBlank, readValue } from './cells';
import { MatchedColumn } from './columns';
import { ReadContext, RowKeys, TableContent, columnInfos, emptyContent, putRow } from './context';
import * as issues from './issues';
import { classCodeByName, matchScheduleColumns } from './layout-subject';
import { labelOf, norm } from './text';

type Side = 'income' | 'expenditure';

const names = (item: ItemDef): string[] => [item.key, ...(item.aliases ?? [])].map(norm);

function findItem(items: ItemDef[], label: string, side: Side | undefined, parent: string | undefined): ItemDef | undefined {
  const sides = (i: ItemDef): boolean => side === undefined || i.block === side;
  if (parent) {
    const child = items.find((i) => i.parent === parent && sides(i) && names(i).includes(label));
    if (child) return child;
  }
  return items.find((i) => !i.parent && sides(i) && names(i).includes(label));
}

/** Columns of one block; when nothing matches, the first amount column is the block's figure. */
function blockColumns(ctx: ReadContext, block: Block, side: Side | undefined): MatchedColumn[] {
  const defs = ctx.def.columns.filter((d) => side === undefined || d.block === side);
  const cols = block.amountCols.map((col) => ({ col, levels: ctx.frame.paths.get(col)! }));
  const matched = matchScheduleColumns(ctx, cols, dedupeDefs(defs));
  if (matched.length === 0 && cols.length > 0 && defs.length > 0) {
    return [{ col: cols[0].col, key: defs[0].key, label: cols[0].levels.join('/'), kind: defs[0].kind }];
  }
  return matched;
}

function dedupeDefs(defs: ColumnDef[]): ColumnDef[] {
  const seen = new Set<string>();
  return defs.filter((d) => !seen.has(d.key) && seen.add(d.key) !== undefined);
}

/**
 * Read a summary schedule (T01, T04): income block left, expenditure block right. Expenditure
 * class rows carry names only and are keyed by functional class code. Fund sub-rows under
 * 年初财政拨款结转和结余 become their own items; sub-rows under 年末财政拨款结转和结余 store
 * their 合计 figure as (年末财政拨款结转和结余, fund column).
 */
export function readSummary(ctx: ReadContext): TableContent {
  const out = emptyContent();
  const { ix, frame } = ctx;
  const items = ctx.def.items ?? [];
  const blocks = splitBlocks(frame).filter((b) => b.labelCols.length > 0);
  const sides: (Side | undefined)[] = blocks.length >= 2 ? blocks.map((_, i) => (i === 0 ? 'income' : 'expenditure')) : [undefined];
  const cols = blocks.map((b, i) => blockColumns(ctx, b, sides[i]));
  out.columns = columnInfos(cols.flat());
  const keys = new RowKeys();
  const parents: (string | undefined)[] = blocks.map(() => undefined);
  let singleSide: Side = 'income';
  for (const r of ctx.body.rows) {
    blocks.forEach((block, bi) => {
      const bcols = cols[bi];
      const valueCols = bcols.map((m) => m.col);
      const lab = blockLabel(ix.rows[r], block, frame);
      if (!lab) {
        if (valueCols.length > 0 && !allBlank(ix, r, valueCols)) ctx.issues.push(issues.valuesWithoutLabel(ix.name, r, block.labelCols[0], ctx.id));
        return;
      }
      const label = labelOf(lab.raw);
      let side = sides[bi] ?? singleSide;
      let item = findItem(items, label, side, parents[bi]);
      if (!item && sides[bi] === undefined && side === 'income') {
        item = findItem(items, label, 'expenditure', undefined);
        if (item || classCode(label)) side = singleSide = 'expenditure';
      }
      // 年末 per fund as sub-rows: the sub-row's 合计 figure is that fund's 年末.
      if (!item && parents[bi] === '年末财政拨款结转和结余') {
        const fund = ctx.def.columns.find((d) => d.block === 'expenditure' && d.key !== '合计' && d.aliases.map(norm).includes(label));
        const total = bcols.find((m) => m.key === '合计');
        if (fund && total) {
          storeSubRow(ctx, out, r, total.col, fund.key, lab.raw);
          return;
        }
      }
      let key: string;
      let code: string | undefined;
      if (item) {
        key = item.key;
        if (!item.parent) parents[bi] = item.key;
      } else if (side === 'expenditure' && classCode(label)) {
        code = classCode(label)!;
        key = code;
        parents[bi] = undefined;
      } else {
        ctx.issues.push(issues.unknownRow(ix.name, r, lab.col, label, ctx.id, !allBlank(ix, r, valueCols)));
        return;
      }
      const k = keys.take(key);
      const row: RowInfo = { key: k.key, label, block: side, gridRow: r };
      if (code) {
        row.code = code;
        row.level = 1;
      }
      if (k.duplicateOf) row.duplicateOf = k.duplicateOf;
      out.rows.push(row);
      putRow(ctx, out, row.key, r, bcols);
    });
  }
  return out;
}

/** Class code of an expenditure row label: by name, or by a leading code ("201 一般公共服务支出"). */
function classCode(label: string): string | undefined {
  const byName = classCodeByName(label);
  if (byName) return byName;
  const m = /^(\d{3})(\D.*)?$/.exec(label);
  return m ? m[1] : undefined;
}

function storeSubRow(ctx: ReadContext, out: TableContent, r: number, col: number, fundKey: string, label: string): void {
  const key = valueKey('年末财政拨款结转和结余', fundKey);
  const sub = readValue(ctx.ix, r, col, 'amount', ctx.unit);
  const existing = out.values.get(key);
  if (existing && existing.parsed.kind === 'number') {
    if (sub.parsed.kind === 'number' && sub.parsed.fen !== existing.parsed.fen) ctx.issues.push(issues.conflictingSubRow(ctx.ix.name, r, col, labelOf(label), ctx.id));
    return;
  }
  out.values.set(key, sub);
}
