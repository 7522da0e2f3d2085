import { Fact } from '../compare/facts';
import { shareList } from '../compare/shares';
import { YearOnYear, compareYears } from '../compare/yoy';
import { NarrativeContext } from './context';
import { FigureSource } from './document';
import { ParagraphBuilder } from './paragraph';

/**
 * Clauses shared by several sections: the year-on-year change with its reason, and lists
 * of items with shares that add up to 100.
 */

/** Sources of a comparison: this year's cells, then last year's. */
export const bothSources = (current: Fact, prior: Fact): FigureSource[] => [...current.sources, ...prior.sources];

/**
 * The change of `current` against `prior` at the context's decimals: "增加Δ万元，增长p%",
 * "增加Δ万元（上年无此项）" or "持平". The words follow the sign of the exact difference.
 */
export function changeFragment(ctx: NarrativeContext, p: ParagraphBuilder, current: Fact, prior: Fact): YearOnYear {
  const y = compareYears(current.value, prior.value, ctx.decimals);
  if (y.direction === 'flat') {
    p.text('持平');
    return y;
  }
  const sources = bothSources(current, prior);
  p.text(y.amountWord).difference(y.difference, sources).text('万元');
  if (y.rate) p.text(`，${y.rateWord}`).percent(y.rate, 'rate', sources).text('%');
  else if (y.priorZero) p.text('（上年无此项）');
  return y;
}

export interface YoyClause {
  /** Stable key of the compared figure, for placeholder ids: 收支总计, 三公经费 … */
  key: string;
  /** What is compared, as the sentence names it: "收、支总计", "一般公共预算财政拨款支出". */
  subject: string;
  /** Write 各 before the direction ("收、支总计各增加"). */
  each?: boolean;
  current: Fact;
  prior?: Fact;
  /** Between the change and the reason; default "。主要变动原因是". */
  reasonLead?: string;
  /** Lines that explain the change, computed only when a reason is asked for. */
  suggestions?: () => string[];
  /** Where the two figures came from, for the open item ("本年数取自补充信息…"). */
  basis?: string;
}

/**
 * A unit set up this year: the style's sentence that it has no comparable figures, in place
 * of a comparison. Returns whether it was written.
 */
export function newUnitSentence(ctx: NarrativeContext, p: ParagraphBuilder): boolean {
  if (!ctx.newUnit) return false;
  p.text(ctx.sentence(ctx.style.sentences.newUnit));
  return true;
}

/**
 * "与2023年相比，{subject}{各}增加Δ万元，增长p%。主要变动原因是{reason}。" — or 持平 with no rate
 * and no reason, or a 'prior' placeholder when last year's figure is missing.
 */
export function yoySentence(ctx: NarrativeContext, p: ParagraphBuilder, c: YoyClause): YearOnYear | undefined {
  if (newUnitSentence(ctx, p)) return undefined;
  p.text(`与${ctx.PY}相比，${c.subject}`);
  if (!c.prior) {
    p.run(ctx.missingPrior(c.key, c.subject)).text('。');
    return undefined;
  }
  const y = compareYears(c.current.value, c.prior.value, ctx.decimals);
  if (c.each && y.direction !== 'flat') p.text('各');
  changeFragment(ctx, p, c.current, c.prior);
  if (y.direction === 'flat') {
    p.text('。');
    return y;
  }
  p.text(c.reasonLead ?? '。主要变动原因是');
  p.run(ctx.reason(c.key, `${c.subject}较${ctx.PY}变动`, c.suggestions ? c.suggestions() : [], undefined, c.basis));
  p.text('。');
  return y;
}

export interface ShareItem {
  name: string;
  fact: Fact;
}

/**
 * "{name}{v}万元，占{p}%；…" for items whose shares add up to 100 (largest remainder over the
 * items' sum). A share's sources are the item's cell and the total's (`whole`). `listZero`
 * keeps zero items ("0万元，占0%").
 */
export function shareClauses(
  ctx: NarrativeContext,
  p: ParagraphBuilder,
  items: ShareItem[],
  listZero: boolean,
  opts: { whole?: Fact; suffix?: string; separator?: string } = {},
): void {
  const shares = shareList(items.map((i) => i.fact.value), ctx.decimals);
  const wholeSources = opts.whole?.sources ?? [];
  const shown = items.map((item, i) => ({ item, share: shares[i] })).filter((x) => listZero || x.item.fact.value !== 0);
  shown.forEach(({ item, share }, i) => {
    if (i > 0) p.text(opts.separator ?? '；');
    p.text(item.name).amount(item.fact).text(`万元${opts.suffix ?? ''}，占`);
    p.percent(share, 'share', [...item.fact.sources, ...wholeSources]).text('%');
  });
}
