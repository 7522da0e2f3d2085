import { Fact } from '../compare/facts';
import { formatAmount } from '../grid/units';
import { CellRef } from '../grid/sheet-grid';
import { NarrativeContext } from '../narrative/context';
import { NarrativeStyle, PartKey } from '../narrative/styles';
import { WorkbookModel } from '../schedules/model';
import { SplitReport } from './sections';
import { Claim, ReportSentence, TiedFigure, UncheckedFigure, VerifyFinding, VerifyKind, VerifySeverity } from './types';

/** What every check reads: the split report, its tied figures, the workbooks and the style. */
export interface VerifyContext {
  report: SplitReport;
  /** Normalised text of each sentence, by sentence index. */
  texts: string[];
  figures: TiedFigure[];
  model: WorkbookModel;
  prior?: WorkbookModel;
  style: NarrativeStyle;
  narrative: NarrativeContext;
  catalogue: Map<PartKey, Claim[]>;
  /** Parts of a style section and its subsections. */
  partsOf(sectionId: string | undefined): PartKey[];
  /** Figures the checks could not compare, with why. */
  unchecked: UncheckedFigure[];
}

/** A check: one class of error of issue 13, one file each. */
export type VerifyCheck = (ctx: VerifyContext) => VerifyFinding[];

/** The cells of some facts, without repeats. */
export function cellsOf(...facts: (Fact | undefined)[]): CellRef[] {
  const seen = new Set<string>();
  const out: CellRef[] = [];
  for (const f of facts)
    for (const s of f?.sources ?? []) {
      if (!s.ref) continue;
      const key = `${s.ref.sheet}!${s.ref.address}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ sheet: s.ref.sheet, address: s.ref.address });
    }
  return out;
}

/** "“收入支出决算总表”B7、B8": where the schedules give a figure, for a message. */
export function where(cells: CellRef[]): string {
  if (cells.length === 0) return '补充信息';
  return cells
    .slice(0, 3)
    .map((c) => `“${c.sheet}”${c.address}`)
    .join('、');
}

/** A finding about one sentence. */
export function finding(
  kind: VerifyKind,
  severity: VerifySeverity,
  sentence: ReportSentence | undefined,
  message: string,
  extra: { stated?: string; expected?: string; cells?: CellRef[] } = {},
): VerifyFinding {
  const f: VerifyFinding = { kind, severity, section: sentence?.section ?? '', sentence: sentence?.text ?? '', message, cells: extra.cells ?? [] };
  if (extra.stated !== undefined) f.stated = extra.stated;
  if (extra.expected !== undefined) f.expected = extra.expected;
  if (sentence) f.sentenceIndex = sentence.index;
  return f;
}

/** An amount in 万元 at `decimals`, rounded half up, no separators ("254.38"). */
export function wanAt(fen: number, decimals: number): string {
  return formatAmount(Math.abs(fen), '万元', decimals).replace(/,/g, '');
}

/** The figure as written, with its unit ("254.38万元", "12.34%"). */
export const statedText = (t: TiedFigure): string => `${t.figure.text}${t.figure.unit}`;

/** Record a figure the checks could not compare. */
export function leaveUnchecked(ctx: VerifyContext, t: TiedFigure): void {
  const s = t.figure.sentence;
  if (ctx.unchecked.some((u) => u.sentenceIndex === s.index && u.stated === statedText(t))) return;
  ctx.unchecked.push({ section: s.section, sentence: s.text, stated: statedText(t), sentenceIndex: s.index });
}

/** A claim's name as a message says it: its first name. */
export const nameOf = (c: Claim): string => c.names[0] ?? c.label;
