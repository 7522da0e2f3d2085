import { FigureKind, ReportSentence, StatedFigure } from './types';

/**
 * The figures stated in a sentence: amounts with their unit (万元, 元, 亿元), percentages,
 * counts (个, 人次, 批次, 辆, 台（套）), and bare numbers where a rate is expected (a missing %
 * sign). Years, dates, chart and list numbers, codes and thresholds ("单价50万元以上") are not
 * figures. The kind comes from the words just before the number, within its clause.
 */

const NUMBER = /(\d+(?:\.\d+)?)(万元|亿元|千元|元|%|％|个|人次|批次|辆|台（套）|台套|台|套)?/g;
const AMOUNT_UNITS = new Set(['万元', '亿元', '千元', '元']);
/** A bare number followed by these is a date, a year or a heading number. */
const NOT_A_FIGURE_AFTER = /^(年|月|日|号|季度|部分|[.．、](?!\d))/;
const NOT_A_FIGURE_BEFORE = /(图|表|第|附件|\d|\.)$/;
const THRESHOLD = /^(以上|以下|及以上)/;

/** The text of the clause before `offset` (after the last ，；：。). */
export function clauseBefore(text: string, offset: number): string {
  const head = text.slice(0, offset);
  const cut = Math.max(...['，', '；', '：', '。', ',', ';'].map((c) => head.lastIndexOf(c)));
  return head.slice(cut + 1);
}

/** The text of the clause after `offset` (up to the next ，；。). */
export function clauseAfter(text: string, offset: number): string {
  const tail = text.slice(offset);
  const m = /[，；。,;]/.exec(tail);
  return m ? tail.slice(0, m.index) : tail;
}

const RATE_WORD = /(增长|下降|上升|降低)了?$/;
const AMOUNT_WORD = /(增加|减少)了?$/;
const SHARE = /占/;
const COMPLETION = /完成.*预算/;

function percentKind(before: string): { kind: FigureKind; direction?: string } | undefined {
  const rate = RATE_WORD.exec(before) ?? AMOUNT_WORD.exec(before);
  if (rate) return { kind: 'rate', direction: rate[1] };
  if (COMPLETION.test(before)) return { kind: 'completion' };
  if (SHARE.test(before)) return { kind: 'share' };
  return undefined;
}

/**
 * Figures of one sentence (`sentence.text` normalised by normaliseText), in order.
 * @example figuresOf(s) // "收入合计254.38万元，增长5.2%" → amount 254.38 万元, rate 5.2 %
 */
export function figuresOf(sentence: ReportSentence, text: string): StatedFigure[] {
  const out: StatedFigure[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index ?? 0;
    let unit = m[2] ?? '';
    const end = start + m[0].length;
    const after = text.slice(end);
    if (NOT_A_FIGURE_BEFORE.test(text.slice(0, start))) continue;
    if (AMOUNT_UNITS.has(unit) && THRESHOLD.test(after)) continue;
    if (!unit && NOT_A_FIGURE_AFTER.test(after)) continue;
    // "各是500、400万元": the first number takes the unit of the second.
    if (!unit) unit = /^、\d+(?:\.\d+)?(万元|亿元|千元|元)/.exec(after)?.[1] ?? '';
    const before = clauseBefore(text, start);
    const figure: StatedFigure = {
      sentence,
      text: m[1],
      value: Number(m[1]),
      decimals: m[1].includes('.') ? m[1].split('.')[1].length : 0,
      unit: unit === '％' ? '%' : unit === '台套' ? '台（套）' : unit,
      kind: 'amount',
      start,
      end,
    };
    if (AMOUNT_UNITS.has(unit)) {
      const word = AMOUNT_WORD.exec(before);
      if (word) figure.direction = word[1];
      figure.kind = word ? 'difference' : 'amount';
    } else if (figure.unit === '%') {
      const k = percentKind(before);
      figure.kind = k?.kind ?? 'percent';
      if (k?.direction) figure.direction = k.direction;
    } else if (unit) {
      figure.kind = 'count';
    } else {
      // A bare number is a figure only where a rate is expected: "增长5.21。" lacks its %.
      const k = percentKind(before);
      if (!k || !/(增长|下降|上升|降低|增加|减少|占|的|预算)了?$/.test(before)) continue;
      figure.kind = 'bare';
      if (k.direction) figure.direction = k.direction;
    }
    out.push(figure);
  }
  return out;
}
