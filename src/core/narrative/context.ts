import { Fact } from '../compare/facts';
import { toFen } from '../grid/units';
import { WorkbookModel } from '../schedules/model';
import { REASON_PREFIX, Supplement } from '../supplement';
import { OpenItem, Paragraph, PlaceholderKind, PlaceholderRun, Run } from './document';
import { isNewUnit } from './new-unit';
import { OpenItemHints, WORKBOOK_HINTS } from './open-item-hints';
import { ChartKey, NarrativeStyle } from './styles';

/** The 补充信息 row that gives the year when no schedule does. */
const YEAR_ITEM = '年度';
/** Marks an unknown year in generated text until `yearGaps` replaces it. */
const YEAR_GAP = '\u0000';

/** An amount of a 补充信息 sheet (万元) as a Fact of `year`, undefined when not filled. */
function amountFact(supplement: Supplement | undefined, item: string, year: number | undefined): Fact | undefined {
  const e = supplement?.facts.get(item);
  if (!e || e.number === undefined) return undefined;
  return { value: toFen(e.number, '万元'), sources: [{ supplement: item, ref: e.ref, ...(year !== undefined ? { year } : {}) }] };
}

/** Settings of one report beyond the style (NarrativeOptions). */
export interface ContextSettings {
  /** Last year's 补充信息, for last year's facts that no schedule holds. */
  priorSupplement?: Supplement;
  listZeroItems?: boolean;
  /** The user's title overrides, over what the schedules say. */
  unitName?: string;
  year?: number;
  /** The surface's wording of what to do about an open item; default WORKBOOK_HINTS. */
  hints?: OpenItemHints;
}

/**
 * What every section generator reads (this year's and last year's models, the supplement,
 * the style) and the one place that creates placeholders, so each gap becomes exactly one
 * placeholder and one open item.
 */
export class NarrativeContext {
  readonly openItems: OpenItem[] = [];
  /** Heading path of the section being written, for open items. */
  section = '';
  /** Id of the section being written (五.二), to keep placeholder ids unique. */
  sectionId = '';
  private readonly ids = new Set<string>();

  constructor(
    readonly model: WorkbookModel,
    readonly style: NarrativeStyle,
    readonly decimals: number,
    readonly prior?: WorkbookModel,
    readonly supplement?: Supplement,
    readonly settings: ContextSettings = {},
  ) {}

  /** 二 and 三 list zero items too: the setting, else the style's default. */
  listZero(kind: 'income' | 'expenditure'): boolean {
    return this.settings.listZeroItems ?? (kind === 'income' ? this.style.listZeroIncomeItems : this.style.listZeroExpenditureItems);
  }

  /**
   * This year as a number: the user's override, the workbook's, else the 年度 typed in 补充信息,
   * else last year's + 1.
   */
  get year(): number | undefined {
    const typed = this.supplement?.facts.get(YEAR_ITEM)?.number;
    const fromSupplement = typed !== undefined && Number.isInteger(typed) && typed >= 1990 && typed <= 2099 ? typed : undefined;
    return this.settings.year ?? this.model.year ?? fromSupplement ?? (this.prior?.year !== undefined ? this.prior.year + 1 : undefined);
  }

  /** The year compared with: last year's workbook's own year when it names one, else this year − 1. */
  get priorYear(): number | undefined {
    return this.prior?.year ?? (this.year !== undefined ? this.year - 1 : undefined);
  }

  /**
   * "2024年". When the year is known nowhere, a mark that `yearGaps` turns into a placeholder
   * (never the vague 本年度 of a report whose year is merely hidden).
   */
  get Y(): string {
    return this.year !== undefined ? `${this.year}年` : `${YEAR_GAP}年`;
  }

  /**
   * Turn the unknown-year marks in a section's text into placeholders: the first asks for the
   * year once in the open items (“年度” in 补充信息 fills every one); later ones carry ids of
   * their own and point at the same item.
   */
  yearGaps(paragraphs: Paragraph[]): void {
    for (const p of paragraphs) {
      if (!p.runs.some((r) => r.kind === 'text' && r.text.includes(YEAR_GAP))) continue;
      p.runs = p.runs.flatMap((r): Run[] => {
        if (r.kind !== 'text' || !r.text.includes(YEAR_GAP)) return [r];
        return r.text.split(YEAR_GAP).flatMap((t, i): Run[] => [...(i > 0 ? [this.yearPlaceholder()] : []), ...(t ? [{ kind: 'text' as const, text: t }] : [])]);
      });
    }
  }

  private yearPlaceholder(): PlaceholderRun {
    const id = `supplement:${YEAR_ITEM}`;
    const text = '【请填写年度】';
    if (!this.ids.has(id)) return this.placeholder('supplement', id, text, `决算表中没有找到年度，请在补充信息表填写“${YEAR_ITEM}”（如2024）`);
    const own = this.uniqueId(id);
    this.ids.add(own);
    return { kind: 'placeholder', id: own, placeholder: 'supplement', text };
  }

  /** "2023年", or 上年. */
  get PY(): string {
    return this.priorYear !== undefined ? `${this.priorYear}年` : '上年';
  }

  /**
   * A unit set up this year (issue 10.5): 补充信息 says 新设单位 = 是, or last year's workbook
   * has all its totals at 0. Comparisons then say so instead of inventing a change from zero
   * or asking for last year's figures.
   */
  get newUnit(): boolean {
    return isNewUnit(this.prior, this.supplement);
  }

  /** Last year's supplementary amount (万元) from last year's 补充信息, undefined when not filled. */
  priorSupplementAmount(item: string): Fact | undefined {
    return amountFact(this.settings.priorSupplement, item, this.priorYear);
  }

  /** The unit's name for the text: the override, the workbook's, or 本部门. */
  get unit(): string {
    return this.unitName ?? '本部门';
  }

  /** The unit's name when known (override first). */
  get unitName(): string | undefined {
    return this.settings.unitName ?? this.model.unitName;
  }

  /** How the user gives a value the 补充信息 row `row` could hold: the surface's hint, else that row. */
  fillHint(row: string): string {
    return this.settings.hints?.fill ?? `在补充信息表填写“${row}”`;
  }

  /** A fixed sentence of the style with {Y} and {unit} filled in. */
  sentence(template: string): string {
    return template.replace(/\{Y\}/g, this.Y).replace(/\{unit\}/g, this.unit);
  }

  chart(key: ChartKey): Paragraph['chart'] | undefined {
    const c = this.style.charts[key];
    return c ? { id: c.id, caption: c.caption } : undefined;
  }

  /**
   * A placeholder and its open item. Ids are unique in the document by construction: the
   * first request keeps the plain id (the one 补充信息 rows and stored edits name); a later
   * request for the same gap, from another section (a T05 合计 missing from 五(一), 五(二)
   * and 五(三)), is qualified with that section's id, then numbered.
   */
  placeholder(kind: PlaceholderKind, wanted: string, text: string, description: string, suggestions?: string[]): PlaceholderRun {
    const id = this.uniqueId(wanted);
    this.ids.add(id);
    const run: PlaceholderRun = { kind: 'placeholder', id, placeholder: kind, text };
    if (suggestions && suggestions.length > 0) run.suggestions = suggestions;
    this.openItems.push({ id, placeholder: kind, section: this.section, description });
    return run;
  }

  private uniqueId(wanted: string): string {
    if (!this.ids.has(wanted)) return wanted;
    const inSection = `${wanted}@${this.sectionId}`;
    if (!this.ids.has(inSection)) return inSection;
    let n = 2;
    while (this.ids.has(`${inSection}#${n}`)) n++;
    return `${inSection}#${n}`;
  }

  /**
   * A reason: the text the user typed in 补充信息 (row 原因:<id>), else a placeholder whose
   * suggestions name the largest contributors. Never invented.
   */
  reason(key: string, what: string, suggestions: string[] = [], text = '【请填写变动原因】', note?: string): Run {
    const id = `reason:${key}`;
    const typed = this.supplement?.reasons.get(id)?.text.trim().replace(/[。；;，,]+$/, '');
    if (typed) return { kind: 'text', text: typed };
    return this.placeholder('reason', id, text, `请填写${what}的原因（${note ? `${note}；` : ''}可${this.fillHint(REASON_PREFIX + id)}）`, suggestions);
  }

  /** A placeholder for a last-year figure that the prior workbook lacks. */
  missingPrior(key: string, what: string): PlaceholderRun {
    const text = `【缺少${this.PY}${what}数据，请提供上年决算表】`;
    return this.placeholder('prior', `prior:${key}`, text, `缺少${this.PY}${what}决算数，${(this.settings.hints ?? WORKBOOK_HINTS).prior}`);
  }

  /** A placeholder for a this-year schedule figure the workbook lacks (a workbook defect). */
  missingCurrent(key: string, what: string): PlaceholderRun {
    return this.placeholder('supplement', `current:${key}`, `【缺少${this.year !== undefined ? `${this.year}年` : "本年"}${what}数据】`, `本年决算表中没有找到${what}，请检查决算公开表`);
  }

  /** A supplementary amount (万元 in the sheet) as a Fact, undefined when not filled. */
  supplementAmount(item: string): Fact | undefined {
    return amountFact(this.supplement, item, this.year);
  }

  /** A supplementary count as a Fact, undefined when not filled. */
  supplementCount(item: string): Fact | undefined {
    const e = this.supplement?.facts.get(item);
    if (!e || e.number === undefined) return undefined;
    return { value: e.number, sources: [{ supplement: item, ref: e.ref, ...(this.year !== undefined ? { year: this.year } : {}) }] };
  }

  /** A placeholder asking for a supplementary item, or for its correction when what was typed cannot be used. */
  missingSupplement(item: string, unit: string): PlaceholderRun {
    const bad = this.supplement?.facts.get(item);
    if (bad?.problem) {
      return this.placeholder('supplement', `supplement:${item}`, `【请更正${item}】`, `补充信息表中“${item}”填写的“${bad.text}”${bad.problem}，请更正`);
    }
    return this.placeholder('supplement', `supplement:${item}`, `【请填写${item}】`, `请在补充信息表填写“${item}（${unit}）”`);
  }
}
