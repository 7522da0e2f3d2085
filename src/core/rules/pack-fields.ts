import { RulePackError } from '../errors';
import { FEN_PER_UNIT, MAX_FIGURE_FEN } from '../grid/units';
import { ScheduleId } from '../schedules/model';
import { SCHEDULE_DEFS } from '../schedules/catalogue/schedules';
import { CellOperand, ColumnOperand, ColumnPart, Operand, RowSelector, RuleSeverity } from './spec';
import { isRecord } from '../json';
import { COMMON_FIELDS } from './field-spec';

export const SCHEDULE_IDS: readonly string[] = SCHEDULE_DEFS.map((d) => d.id);
/** The largest tolerance: MAX_FIGURE_FEN expressed in 亿元, the largest unit, rounded down. */
export const MAX_TOLERANCE = Math.floor(MAX_FIGURE_FEN / FEN_PER_UNIT['亿元']);
export const ROW_SELECTORS: readonly RowSelector[] = ['all', 'subjects', 'classes', 'income', 'expenditure'];
export const OPERAND_FIELDS = ['schedule', 'row', 'rows', 'col', 'negate', 'optional', '$comment', 'note'];


/**
 * Reads the fields of one raw rule and fails with a Chinese message that names the pack,
 * the rule and the field. Kinds use it to parse their own fields.
 */
export class FieldReader {
  constructor(
    readonly raw: Record<string, unknown>,
    readonly source: string,
    readonly ruleId: string,
  ) {}

  fail(field: string, problem: string): never {
    throw new RulePackError(`规则包“${this.source}”：规则“${this.ruleId}”的字段“${field}”${problem}`, { file: this.source });
  }

  has(field: string): boolean {
    return this.raw[field] !== undefined;
  }

  /** Reject fields the kind does not know (catches typos such as "tolerence"). */
  allowOnly(kindFields: readonly string[]): void {
    for (const key of Object.keys(this.raw)) {
      if (!COMMON_FIELDS.includes(key) && !kindFields.includes(key)) this.fail(key, '不是这种规则的字段（可能拼写有误）');
    }
  }

  string(field: string): string {
    const v = this.raw[field];
    if (v === undefined) this.fail(field, '缺失');
    if (typeof v !== 'string' || v.trim() === '') this.fail(field, '应为非空文字');
    return v;
  }

  optionalString(field: string): string | undefined {
    return this.has(field) ? this.string(field) : undefined;
  }

  optionalNumber(field: string, min = 0): number | undefined {
    const v = this.raw[field];
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min) this.fail(field, `应为不小于 ${min} 的数字`);
    return v;
  }

  /**
   * The rule's `tolerance`, in the unit of its findings: a finite amount from 0 up to what
   * a figure can hold in the largest unit (MAX_FIGURE_FEN in 亿元), so it converts to 分 exactly.
   */
  tolerance(): number | undefined {
    const v = this.raw.tolerance;
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > MAX_TOLERANCE) this.fail('tolerance', `应为 0 到 ${MAX_TOLERANCE} 之间的金额（与表的金额单位相同）`);
    return v;
  }

  severity(fallback: RuleSeverity): RuleSeverity {
    const v = this.raw.severity;
    if (v === undefined) return fallback;
    if (v !== 'error' && v !== 'warning') this.fail('severity', '应为 "error"（强制）或 "warning"（提示）');
    return v;
  }

  scheduleId(field: string, value: unknown = this.raw[field]): ScheduleId {
    if (value === undefined) this.fail(field, '缺失（应为表编号，如 "T01"）');
    if (typeof value !== 'string' || !SCHEDULE_IDS.includes(value as ScheduleId)) {
      this.fail(field, `不是已知的表编号：${JSON.stringify(value)}（可用：${SCHEDULE_IDS.join('、')}）`);
    }
    return value as ScheduleId;
  }

  optionalScheduleList(field: string): ScheduleId[] | undefined {
    const v = this.raw[field];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) this.fail(field, '应为表编号的列表');
    return v.map((x) => this.scheduleId(field, x));
  }

  stringList(field: string, value: unknown = this.raw[field]): string[] {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.length === 0 || list.some((x) => typeof x !== 'string' || x.trim() === '')) {
      this.fail(field, '应为文字或非空的文字列表');
    }
    return list as string[];
  }

  rowSelector(field: string, fallback: RowSelector, value: unknown = this.raw[field]): RowSelector {
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || !ROW_SELECTORS.includes(value as RowSelector)) {
      this.fail(field, `应为 ${ROW_SELECTORS.map((s) => `"${s}"`).join('、')} 之一`);
    }
    return value as RowSelector;
  }

  private bool(field: string, value: unknown): boolean {
    if (value === undefined) return false;
    if (typeof value !== 'boolean') this.fail(field, '应为 true 或 false');
    return value;
  }

  /** The rule-level default column, if any. */
  private defaultCol(): string[] | undefined {
    return this.has('col') ? this.stringList('col') : undefined;
  }

  /**
   * An operand: "行键" (rule-level schedule and col apply), or
   * { "schedule", "row" | "rows", "col", "negate", "optional" }.
   */
  operand(field: string, value: unknown, allowRows = true): Operand {
    const base = { schedule: this.raw.schedule, col: this.raw.col };
    const obj: Record<string, unknown> = typeof value === 'string' ? { row: value } : isRecord(value) ? value : this.fail(field, '应为行名或 {"schedule","row","col"} 对象');
    for (const key of Object.keys(obj)) if (!OPERAND_FIELDS.includes(key)) this.fail(`${field}.${key}`, '不是操作数的字段');
    const schedule = this.scheduleId(`${field}.schedule`, obj.schedule ?? base.schedule);
    const col = obj.col !== undefined ? this.stringList(`${field}.col`, obj.col) : this.defaultCol();
    if (!col) this.fail(`${field}.col`, '缺失（规则和操作数都没有给出栏名）');
    const negate = this.bool(`${field}.negate`, obj.negate);
    if (obj.rows !== undefined) {
      if (!allowRows) this.fail(`${field}.rows`, '在这里不可用，请用 "row" 指定一行');
      if (obj.row !== undefined) this.fail(field, '不能同时给出 "row" 和 "rows"');
      return { schedule, rows: this.rowSelector(`${field}.rows`, 'all', obj.rows), col, negate };
    }
    if (typeof obj.row !== 'string' || obj.row.trim() === '') this.fail(`${field}.row`, '缺失或不是文字');
    return { schedule, row: obj.row, col, negate, optional: this.bool(`${field}.optional`, obj.optional) };
  }

  cellOperand(field: string, value: unknown = this.raw[field]): CellOperand {
    if (value === undefined) this.fail(field, '缺失');
    return this.operand(field, value, false) as CellOperand;
  }

  operandList(field: string, allowRows = true): Operand[] {
    const v = this.raw[field];
    if (v === undefined) this.fail(field, '缺失');
    const list = Array.isArray(v) ? v : [v];
    if (list.length === 0) this.fail(field, '不能为空');
    return list.map((x, i) => this.operand(`${field}[${i}]`, x, allowRows));
  }

  cellOperandList(field: string): CellOperand[] {
    return this.operandList(field, false) as CellOperand[];
  }

  /** { "schedule", "col" } for per-row rules; a bare string names a column of the rule's schedule. */
  columnOperand(field: string): ColumnOperand {
    const v = this.raw[field];
    if (v === undefined) this.fail(field, '缺失');
    const obj: Record<string, unknown> = typeof v === 'string' ? { col: v } : isRecord(v) ? v : this.fail(field, '应为 {"schedule","col"} 对象');
    return {
      schedule: this.scheduleId(`${field}.schedule`, obj.schedule ?? this.raw.schedule),
      col: this.stringList(`${field}.col`, obj.col),
    };
  }

  columnParts(field: string): ColumnPart[] {
    const v = this.raw[field];
    if (!Array.isArray(v) || v.length === 0) this.fail(field, '应为栏名列表，或 "leaves" / "groups"');
    return v.map((x, i): ColumnPart => {
      if (typeof x === 'string' && x.trim() !== '') return { col: x, negate: false, optional: false };
      if (isRecord(x) && typeof x.col === 'string') {
        for (const key of Object.keys(x)) if (!['col', 'negate', 'optional'].includes(key)) this.fail(`${field}[${i}].${key}`, '不是栏的字段');
        return { col: x.col, negate: this.bool(`${field}[${i}].negate`, x.negate), optional: this.bool(`${field}[${i}].optional`, x.optional) };
      }
      return this.fail(`${field}[${i}]`, '应为栏名或 {"col","negate","optional"}');
    });
  }
}
