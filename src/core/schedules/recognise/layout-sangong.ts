import { ItemDef } from '../catalogue/schedules';
import { RowInfo, valueKey } from '../model';
import { readValue } from './cells';
import { ReadContext, TableContent, emptyContent } from './context';
import { labelOf, norm } from './text';

type Measure = '预算数' | '决算数';

/** 预算数 / 决算数 from a header level (预算, 全年预算数, 决算 …). */
function measureOf(level: string): Measure | undefined {
  if (level.includes('预算')) return '预算数';
  if (level.includes('决算')) return '决算数';
  return undefined;
}

const SUBTOTAL = new Set(['小计', '合计']);

/** The 三公 item a header level names: exact name or alias first, then containment. */
function itemOf(items: ItemDef[], level: string): ItemDef | undefined {
  const t = labelOf(level);
  const exact = items.find((i) => [i.key, ...(i.aliases ?? [])].map(norm).includes(t));
  if (exact) return exact;
  return [...items].sort((a, b) => b.key.length - a.key.length).find((i) => i.key.length >= 4 && t.includes(i.key));
}

/** Which item the levels of a column name; a 小计 under 公务用车… is that item, a lone 合计 is 合计. */
function columnItem(items: ItemDef[], levels: string[]): ItemDef | undefined {
  for (let i = levels.length - 1; i >= 0; i--) {
    const level = levels[i];
    if (measureOf(level)) continue;
    if (SUBTOTAL.has(level)) {
      for (let j = i - 1; j >= 0; j--) {
        const up = measureOf(levels[j]) ? undefined : itemOf(items, levels[j]);
        if (up) return up;
      }
      return items.find((x) => x.key === '合计');
    }
    const item = itemOf(items, level);
    if (item) return item;
  }
  return undefined;
}

/** Statistics columns (团组数, 人次, 购置数, 保有量 …) by keyword, with the upper level as context. */
function statOf(ctx: ReadContext, levels: string[]): string | undefined {
  const stats = ctx.def.stats ?? [];
  const last = levels[levels.length - 1];
  const exact = stats.find((s) => [s.key, ...s.aliases].map(norm).includes(last));
  const joined = levels.join('');
  if (exact && !/^(人次|批次)$/.test(last)) return exact.key;
  if (joined.includes('团组')) return '因公出国团组数';
  if (/购置数|购置数量|购置车辆/.test(joined)) return '公务用车购置数';
  if (/保有量|保有数/.test(joined)) return '公务用车保有量';
  const who = /外事|外宾/.test(joined) ? 'foreign' : /出国/.test(joined) ? 'abroad' : /接待/.test(joined) ? 'domestic' : undefined;
  if (joined.includes('人次')) return who === 'abroad' ? '因公出国人次' : who === 'foreign' ? '外事接待人次' : who === 'domestic' ? '国内公务接待人次' : undefined;
  if (joined.includes('批次')) return who === 'foreign' ? '外事接待批次' : who === 'domestic' ? '国内公务接待批次' : undefined;
  return exact?.key;
}

/**
 * Read a 三公 schedule (T07, T08S): items named in the header with 预算数 / 决算数 either
 * under each item (interleaved) or above all items (grouped), one data row. Rows of the
 * model are the items, columns 预算数 and 决算数; statistics go to `stats`. A table that
 * lists items down the rows instead (columns 预算数 | 决算数) is read row by row.
 */
export function readSangong(ctx: ReadContext): TableContent {
  const out = emptyContent();
  const { ix, frame } = ctx;
  const items = ctx.def.items ?? [];
  const dataRow = ctx.body.rows[0] ?? (frame.dataStart < ctx.ix.rowCount ? frame.dataStart : undefined);
  const cells: { item: ItemDef; measure: Measure; col: number; label: string }[] = [];
  const measureCols: { col: number; measure: Measure; label: string }[] = [];
  for (const [col, levels] of frame.paths) {
    if (frame.labels.has(col)) continue;
    const stat = statOf(ctx, levels);
    if (stat) {
      if (dataRow !== undefined && !out.stats.has(stat)) out.stats.set(stat, readValue(ix, dataRow, col, 'count', ctx.unit));
      continue;
    }
    const measure = levels.map(measureOf).find((m) => m !== undefined);
    if (!measure) continue;
    const item = columnItem(items, levels);
    if (item) cells.push({ item, measure, col, label: levels.join('/') });
    else measureCols.push({ col, measure, label: levels.join('/') });
  }
  if (cells.length === 0 && measureCols.length > 0) return readItemRows(ctx, measureCols);
  out.columns = (['预算数', '决算数'] as Measure[])
    .filter((m) => cells.some((c) => c.measure === m))
    .map((m) => ({ key: m, label: m, kind: 'amount' as const }));
  for (const item of items) {
    const mine = cells.filter((c) => c.item.key === item.key);
    if (mine.length === 0) continue;
    out.rows.push({ key: item.key, label: mine[0].label.split('/').find((l) => !measureOf(l)) ?? item.key, gridRow: dataRow ?? frame.dataStart });
    if (dataRow === undefined) continue;
    for (const c of mine) {
      const k = valueKey(item.key, c.measure);
      if (!out.values.has(k)) out.values.set(k, readValue(ix, dataRow, c.col, 'amount', ctx.unit));
    }
  }
  return out;
}

/** Items down the rows, 预算数 | 决算数 across. */
function readItemRows(ctx: ReadContext, measureCols: { col: number; measure: Measure; label: string }[]): TableContent {
  const out = emptyContent();
  const items = ctx.def.items ?? [];
  const used = new Map<Measure, number>();
  for (const m of measureCols) if (!used.has(m.measure)) used.set(m.measure, m.col);
  out.columns = [...used.keys()].map((m) => ({ key: m, label: m, kind: 'amount' as const }));
  const first = Math.min(...used.values());
  for (const r of ctx.body.rows) {
    const labelCell = ctx.ix.rows[r].find((tc) => tc.col < first);
    if (!labelCell) continue;
    const item = itemOf(items, labelCell.text) ?? (SUBTOTAL.has(labelOf(labelCell.raw)) ? items.find((i) => i.key === '公务用车购置及运行维护费') : undefined);
    if (!item || out.rows.some((x) => x.key === item.key)) continue;
    const row: RowInfo = { key: item.key, label: labelOf(labelCell.raw), gridRow: r };
    out.rows.push(row);
    for (const [m, col] of used) out.values.set(valueKey(item.key, m), readValue(ctx.ix, r, col, 'amount', ctx.unit));
  }
  return out;
}
