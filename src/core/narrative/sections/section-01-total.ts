import { Fact, fact } from '../../compare/facts';
import { compareYears } from '../../compare/yoy';
import { INCOME_ITEMS } from '../../schedules/catalogue/schedules';
import { ScheduleId, WorkbookModel } from '../../schedules/model';
import { changeFragment, newUnitSentence, yoySentence } from '../clauses';
import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { NamedValue, amountOrMissing, namedRows, sameFigure, subjectNamed, suggestionsFrom } from '../lines';
import { para } from '../paragraph';
import { ChartKey } from '../styles';

/** The income and expenditure totals of a summary schedule and how they are named. */
export interface TotalsSpec {
  schedule: ScheduleId;
  income: [row: string, col: string];
  expenditure: [row: string, col: string];
  /** Placeholder key and subject: 收支总计 / "收、支总计". */
  key: string;
  subject: string;
  incomeName: string;
  expenditureName: string;
  chart: ChartKey;
  /** Groups of lines whose changes explain the totals' change. */
  lines: ((m: WorkbookModel | undefined) => NamedValue[])[];
}

/** The income lines whose changes explain the totals': the income items, then the balances used. */
const INCOME_LINES: [string, string][] = [...INCOME_ITEMS, '使用非财政拨款结余', '年初结转和结余'].map((k): [string, string] => [k, k]);

const T01_TOTALS: TotalsSpec = {
  schedule: 'T01',
  income: ['收入总计', '金额'],
  expenditure: ['支出总计', '金额'],
  key: '收支总计',
  subject: '收、支总计',
  incomeName: '收入总计',
  expenditureName: '支出总计',
  chart: 'totals',
  lines: [
    (m) => namedRows(m, 'T01', '金额', INCOME_LINES),
    (m) => [
      ...subjectNamed(m, 'T03', '本年支出合计', 1),
      ...namedRows(m, 'T01', '金额', [
        ['结余分配', '结余分配'],
        ['年末结转和结余', '年末结转和结余'],
      ]),
    ],
  ],
};

/**
 * "{Y}度收、支总计{A}万元。与{Y-1}年相比，收、支总计各增加Δ万元，增长p%。主要变动原因是{reason}。"
 * When this year's (or last year's) income and expenditure totals differ, both are stated.
 */
export function totalsParagraph(ctx: NarrativeContext, spec: TotalsSpec, lead: string): Paragraph {
  const get = (m: WorkbookModel | undefined, [row, col]: [string, string]) => fact(m, spec.schedule, row, col);
  const inc = get(ctx.model, spec.income);
  const exp = get(ctx.model, spec.expenditure);
  const pInc = get(ctx.prior, spec.income);
  const pExp = get(ctx.prior, spec.expenditure);
  const p = para();
  const equal = inc !== undefined && exp !== undefined && inc.value === exp.value;
  const slots = { Y: ctx.Y, subject: lead + spec.subject };
  if (equal) {
    p.slots(ctx.style.leads.totalsEqual, { ...slots, A: () => p.amount(sameFigure(inc, exp)) });
  } else {
    p.slots(ctx.style.leads.totalsBoth, {
      ...slots,
      A1: () => amountOrMissing(ctx, p, inc, spec.incomeName, spec.incomeName),
      A2: () => amountOrMissing(ctx, p, exp, spec.expenditureName, spec.expenditureName),
    });
  }
  if (!inc || !exp) return p.build(ctx.chart(spec.chart));
  const suggestions = (d: number) => () => suggestionsFrom(ctx, d, spec.lines);
  const priorEqual = pInc !== undefined && pExp !== undefined && pInc.value === pExp.value;
  if (equal && (priorEqual || !pInc || !pExp)) {
    const current = sameFigure(inc, exp);
    const prior = pInc && pExp ? sameFigure(pInc, pExp) : undefined;
    yoySentence(ctx, p, { key: spec.key, subject: lead + spec.subject, each: true, current, prior, suggestions: suggestions(prior ? current.value - prior.value : 0) });
    return p.build(ctx.chart(spec.chart));
  }
  bothTotals(ctx, p, spec, lead, [inc, pInc], [exp, pExp], suggestions);
  return p.build(ctx.chart(spec.chart));
}

/** Income and expenditure totals compared one by one, with one reason for both. */
function bothTotals(
  ctx: NarrativeContext,
  p: ReturnType<typeof para>,
  spec: TotalsSpec,
  lead: string,
  income: [Fact, Fact | undefined],
  expenditure: [Fact, Fact | undefined],
  suggestions: (d: number) => () => string[],
): void {
  if (newUnitSentence(ctx, p)) return;
  p.text(`与${ctx.PY}相比，`);
  let changed = false;
  let difference = 0;
  const pairs: [string, Fact, Fact | undefined][] = [
    [spec.incomeName, ...income],
    [spec.expenditureName, ...expenditure],
  ];
  pairs.forEach(([name, current, prior], i) => {
    const label = `${lead}${name}`;
    if (i > 0) p.text('；');
    p.text(label);
    if (!prior) {
      p.run(ctx.missingPrior(`${spec.key}:${name}`, label));
      return;
    }
    const y = compareYears(current.value, prior.value, ctx.decimals);
    changeFragment(ctx, p, current, prior);
    if (y.direction !== 'flat') {
      changed = true;
      difference = difference || y.difference;
    }
  });
  if (changed) p.text('。主要变动原因是').run(ctx.reason(spec.key, `${lead}${spec.subject}较${ctx.PY}变动`, suggestions(difference)()));
  p.text('。');
}

/** 一 收入支出决算总体情况说明. */
export function totalPart(ctx: NarrativeContext): Paragraph[] {
  return [totalsParagraph(ctx, T01_TOTALS, '')];
}
