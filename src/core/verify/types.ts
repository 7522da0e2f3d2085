import { CellRef } from '../grid/sheet-grid';
import { Fact } from '../compare/facts';

/**
 * Types of the report checker (issue 13): a written 决算情况说明 read as paragraphs, split into
 * sections and sentences, its stated figures tied to the schedule values they claim, and the
 * findings of every check.
 */

/** One sentence of the report, with the section it stands in. */
export interface ReportSentence {
  /** 0-based position in the report. */
  index: number;
  /** The sentence as written (without surrounding whitespace). */
  text: string;
  /** The heading path it stands under ("五、… （三）…"); "" before the first heading. */
  section: string;
  /** Id of the style section the heading matches (五.三), when one does. */
  sectionId?: string;
  /** Index of its paragraph in the report. */
  paragraph: number;
}

/** What a stated number is, from its unit and the words before it. */
export type FigureKind = 'amount' | 'difference' | 'rate' | 'share' | 'completion' | 'count' | 'percent' | 'bare';

/** A number stated in a sentence. */
export interface StatedFigure {
  sentence: ReportSentence;
  /** The number as written ("254.38"). */
  text: string;
  /** Its value as written (254.38), unsigned. */
  value: number;
  /** Decimals written (2 for "254.38"). */
  decimals: number;
  /** Unit written after it: 万元, 元, %, 个, 人次 … ("" when none). */
  unit: string;
  kind: FigureKind;
  /** Offset of the number in the sentence. */
  start: number;
  /** Offset just after the number and its unit. */
  end: number;
  /** The direction word before a difference or rate (增加, 减少, 增长, 下降), if any. */
  direction?: string;
}

/** A schedule (or 补充信息) figure a sentence can claim, with the words that name it. */
export interface Claim {
  id: string;
  /** Words naming it in a report, most specific first. */
  names: string[];
  /** Names of its parents (款, 类) for subject rows: disambiguate repeated 项 names. */
  parents?: string[];
  /** What it is, as a finding names it ("T01 本年收入合计"). */
  label: string;
  kind: 'amount' | 'count';
  /** The unit a count is written in (个, 人次, 辆 …). */
  unit?: string;
  fact: Fact;
  /** The same line last year. */
  prior?: Fact;
  /** The line's budget (T05 预算数 column, T07 预算数, 补充信息 预算). */
  budget?: Fact;
  /** What a share of it is a share of (本年收入合计 for an income item). */
  whole?: Fact;
  /** The lines whose shares are listed together with it (largest remainder), itself included. */
  siblings?: Fact[];
  /** The claim of the second figure in "收、支总计各是A、B万元" (支出总计 after 收入总计). */
  pair?: Claim;
}

export type VerifySeverity = 'error' | 'warning' | 'info';

/** The check that made a finding. */
export type VerifyKind =
  | 'amount'
  | 'difference'
  | 'rate'
  | 'share'
  | 'completion'
  | 'direction'
  | 'flat'
  | 'zero-base'
  | 'percent-sign'
  | 'placeholder'
  | 'subject-name'
  | 'main-items'
  | 'unit-name'
  | 'year'
  | 'missing-section'
  | 'missing-content'
  | 'missing-count'
  | 'empty-schedule'
  | 'missing-reason';

/** One finding about the report, in the JSON shape of issue 13 (without the cells' type). */
export interface VerifyFinding {
  kind: VerifyKind;
  severity: VerifySeverity;
  /** The heading path of the sentence ("" for findings about the whole report). */
  section: string;
  /** The sentence (empty for findings about the whole report). */
  sentence: string;
  /** What the report states, as written (with its unit). */
  stated?: string;
  /** What the schedules give, as the report would write it. */
  expected?: string;
  /** Chinese, for the reviewer. */
  message: string;
  cells: CellRef[];
  /** Index of the sentence in `VerifyResult.sentences`, when the finding is about one. */
  sentenceIndex?: number;
}

/** A figure that could not be tied to any table: reported, never silently passed. */
export interface UncheckedFigure {
  section: string;
  sentence: string;
  /** The figure as written, with its unit. */
  stated: string;
  sentenceIndex: number;
}

/** A stated figure and what it was tied to. */
export interface TiedFigure {
  figure: StatedFigure;
  claim?: Claim;
  /** For shares and rates over a named whole ("占本年支出合计的…"). */
  whole?: Claim;
  /** True when the figure is a budget figure of its claim (年初预算为…). */
  budget?: boolean;
}

export interface VerifyResult {
  sentences: ReportSentence[];
  figures: TiedFigure[];
  findings: VerifyFinding[];
  unchecked: UncheckedFigure[];
}
