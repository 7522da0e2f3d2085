import { fact, sumFacts } from '../../compare/facts';
import { countedFen } from '../../grid/amount';
import { valueKey } from '../../schedules/model';
import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { amountOrMissing } from '../lines';
import { ParagraphBuilder, para } from '../paragraph';

/** Names of the non-zero 5-digit items on one side of T06, in table order. */
function itemNames(ctx: NarrativeContext, side: 'personnel' | 'public'): string[] {
  const inst = ctx.model.schedules.get('T06');
  if (!inst) return [];
  const names: string[] = [];
  for (const row of inst.rows) {
    if (row.block !== side || row.code?.length !== 5 || row.duplicateOf) continue;
    const cell = inst.values.get(valueKey(row.key, '决算数'));
    const fen = cell ? countedFen(cell.parsed) : undefined;
    if (fen !== undefined && fen !== 0 && !names.includes(row.label)) names.push(row.label);
  }
  return names;
}

function side(ctx: NarrativeContext, p: ParagraphBuilder, name: string, key: string, which: 'personnel' | 'public'): void {
  const f = fact(ctx.model, 'T06', key, '决算数');
  p.text(name);
  amountOrMissing(ctx, p, f, key, key);
  p.text('万元');
  const names = itemNames(ctx, which);
  if (f && f.value !== 0 && names.length > 0) p.text(`，主要包括：${names.join('、')}`);
}

/**
 * 六 基本支出: "{Y}度一般公共预算财政拨款基本支出{A}万元，其中：人员经费{a}万元，主要包括：{301/303
 * items}；公用经费{b}万元，主要包括：{302/310 items}。" A from T05 (合计, 基本支出), else 人员 + 公用.
 */
export function basicPart(ctx: NarrativeContext): Paragraph[] {
  const a =
    fact(ctx.model, 'T05', '合计', '基本支出') ??
    sumFacts([fact(ctx.model, 'T06', '人员经费合计', '决算数'), fact(ctx.model, 'T06', '公用经费合计', '决算数')]);
  const p = para().text(`${ctx.Y}度一般公共预算财政拨款基本支出`);
  amountOrMissing(ctx, p, a, '一般公共预算财政拨款基本支出', '一般公共预算财政拨款基本支出');
  p.text('万元，其中：');
  side(ctx, p, '人员经费', '人员经费合计', 'personnel');
  p.text('；');
  side(ctx, p, '公用经费', '公用经费合计', 'public');
  p.text('。');
  return [p.build()];
}
