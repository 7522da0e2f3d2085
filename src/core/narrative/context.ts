import { Fact } from '../compare/facts';
import { toFen } from '../grid/units';
import { WorkbookModel } from '../schedules/model';
import { REASON_PREFIX, Supplement } from '../supplement';
import { OpenItem, Paragraph, PlaceholderKind, PlaceholderRun, Run } from './document';
import { ChartKey, NarrativeStyle } from './styles';

/**
 * What every section generator reads (this year's and last year's models, the supplement,
 * the style) and the one place that creates placeholders, so each gap becomes exactly one
 * placeholder and one open item.
 */
export class NarrativeContext {
  readonly openItems: OpenItem[] = [];
  /** Heading path of the section being written, for open items. */
  section = '';
  private readonly ids = new Set<string>();

  constructor(
    readonly model: WorkbookModel,
    readonly style: NarrativeStyle,
    readonly decimals: number,
    readonly prior?: WorkbookModel,
    readonly supplement?: Supplement,
    /** The user's title overrides, over what the schedules say. */
    private readonly titles: { unitName?: string; year?: number } = {},
  ) {}

  /** This year as a number: the override, the workbook's, or last year's + 1. */
  get year(): number | undefined {
    return this.titles.year ?? this.model.year ?? (this.prior?.year !== undefined ? this.prior.year + 1 : undefined);
  }

  /** The year compared with: last year's workbook's own year when it names one, else this year − 1. */
  get priorYear(): number | undefined {
    return this.prior?.year ?? (this.year !== undefined ? this.year - 1 : undefined);
  }

  /** "2024年", or 本年 when the year is unknown. */
  get Y(): string {
    return this.year !== undefined ? `${this.year}年` : '本年';
  }

  /** "2023年", or 上年. */
  get PY(): string {
    return this.priorYear !== undefined ? `${this.priorYear}年` : '上年';
  }

  /** The unit's name for the text: the override, the workbook's, or 本部门. */
  get unit(): string {
    return this.unitName ?? '本部门';
  }

  /** The unit's name when known (override first). */
  get unitName(): string | undefined {
    return this.titles.unitName ?? this.model.unitName;
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
   * A placeholder and its open item. Ids are unique in the document: asking twice for the
   * same id is a generator bug and throws, since it would list one gap twice.
   */
  placeholder(kind: PlaceholderKind, id: string, text: string, description: string, suggestions?: string[]): PlaceholderRun {
    if (this.ids.has(id)) throw new Error(`duplicate placeholder id ${id}`);
    this.ids.add(id);
    const run: PlaceholderRun = { kind: 'placeholder', id, placeholder: kind, text };
    if (suggestions && suggestions.length > 0) run.suggestions = suggestions;
    this.openItems.push({ id, placeholder: kind, section: this.section, description });
    return run;
  }

  /**
   * A reason: the text the user typed in 补充信息 (row 原因:<id>), else a placeholder whose
   * suggestions name the largest contributors. Never invented.
   */
  reason(key: string, what: string, suggestions: string[] = [], text = '【请填写变动原因】'): Run {
    const id = `reason:${key}`;
    const typed = this.supplement?.reasons.get(id)?.text.trim().replace(/[。；;，,]+$/, '');
    if (typed) return { kind: 'text', text: typed };
    return this.placeholder('reason', id, text, `请填写${what}的原因（可在补充信息表填写“${REASON_PREFIX}${id}”）`, suggestions);
  }

  /** A placeholder for a last-year figure that the prior workbook lacks. */
  missingPrior(key: string, what: string): PlaceholderRun {
    const text = `【缺少${this.PY}${what}数据，请提供上年决算表】`;
    return this.placeholder('prior', `prior:${key}`, text, `缺少${this.PY}${what}决算数，请提供上年决算表（--prior）`);
  }

  /** A placeholder for a this-year schedule figure the workbook lacks (a workbook defect). */
  missingCurrent(key: string, what: string): PlaceholderRun {
    return this.placeholder('supplement', `current:${key}`, `【缺少${this.Y}${what}数据】`, `本年决算表中没有找到${what}，请检查决算公开表`);
  }

  /** A supplementary amount (万元 in the sheet) as a Fact, undefined when not filled. */
  supplementAmount(item: string): Fact | undefined {
    const e = this.supplement?.facts.get(item);
    if (!e || e.number === undefined) return undefined;
    return { value: toFen(e.number, '万元'), sources: [{ supplement: item, ref: e.ref, ...(this.year !== undefined ? { year: this.year } : {}) }] };
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
