import { JuesuanError } from '../errors';
import { ParsedAmount } from '../grid/amount';
import { CellRef } from '../grid/sheet-grid';
import { Unit, isSafeFen } from '../grid/units';
import { ColumnInfo, RecognitionIssue, RowInfo, ScheduleId, ScheduleInstance, TemplateId, ValueCell, WorkbookModel, valueKey } from './model';

/**
 * A WorkbookModel as compact JSON, to keep last year's figures inside this year's workbook
 * (a custom XML part in Excel, a hidden sheet in the preview) and read them back without
 * the original file. Maps become arrays; values refer to their row and column by index; a
 * cell reference on the schedule's own sheet is just its address; a plain figure is just
 * its 分. A version field lets a later layout be told apart and an unknown one refused.
 */
export const MODEL_CODEC_VERSION = 1;
const KIND = 'juesuan-workbook-model';

/** The stored text is not a model this version can read. */
export class ModelCodecError extends JuesuanError {}

/** number: plain figure in 分; [t, fen]: from text; null: blank; [e|f|x|r, text]: error, no value, words, out of range. */
type EncodedAmount = number | null | ['t', number] | ['e' | 'f' | 'x' | 'r' | 'w', string];
/** An address on the schedule's sheet, or [sheet, address] elsewhere. */
type EncodedRef = string | [string, string];
/** Row or column by index into the schedule's lists, or the key itself when not listed. */
type EncodedKey = number | string;

interface EncodedSchedule {
  id: ScheduleId;
  title: string;
  canonicalTitle: string;
  sheet: string;
  titleRef: EncodedRef;
  unit: Unit;
  unitDeclared: boolean;
  rows: RowInfo[];
  columns: [string, string, ColumnInfo['kind']][];
  values: [EncodedKey, EncodedKey, EncodedRef, EncodedAmount][];
  stats: [string, EncodedRef, EncodedAmount][];
  emptyStatement?: string;
}

interface EncodedModel {
  kind: typeof KIND;
  version: number;
  file: string;
  unitName?: string;
  year?: number;
  template: TemplateId;
  schedules: EncodedSchedule[];
  missing: ScheduleId[];
  absentOptional: ScheduleId[];
  issues: RecognitionIssue[];
  unrecognizedSheets: string[];
}

function encodeAmount(p: ParsedAmount): EncodedAmount {
  switch (p.kind) {
    case 'number':
      return p.fromText ? ['t', p.fen] : p.fen;
    case 'blank':
      return null;
    case 'error':
      return ['e', p.code];
    case 'noValue':
      return ['f', p.formula];
    case 'text':
      return ['x', p.text];
    case 'outOfRange':
      return ['r', p.text];
    case 'notWhole':
      return ['w', p.text];
  }
}

function decodeAmount(e: unknown): ParsedAmount {
  if (e === null) return { kind: 'blank' };
  if (typeof e === 'number' && isSafeFen(e)) return { kind: 'number', fen: e, fromText: false };
  if (Array.isArray(e) && e.length === 2) {
    const [tag, v] = e as [unknown, unknown];
    if (tag === 't' && typeof v === 'number' && isSafeFen(v)) return { kind: 'number', fen: v, fromText: true };
    if (typeof v === 'string') {
      if (tag === 'e') return { kind: 'error', code: v };
      if (tag === 'f') return { kind: 'noValue', formula: v };
      if (tag === 'x') return { kind: 'text', text: v };
      if (tag === 'r') return { kind: 'outOfRange', text: v };
      if (tag === 'w') return { kind: 'notWhole', text: v };
    }
  }
  throw bad('金额数据格式不正确');
}

const encodeRef = (ref: CellRef, sheet: string): EncodedRef => (ref.sheet === sheet ? ref.address : [ref.sheet, ref.address]);

function decodeRef(e: unknown, sheet: string): CellRef {
  if (typeof e === 'string') return { sheet, address: e };
  if (Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && typeof e[1] === 'string') return { sheet: e[0], address: e[1] };
  throw bad('单元格位置格式不正确');
}

function encodeSchedule(s: ScheduleInstance): EncodedSchedule {
  const rowIndex = new Map<string, number>();
  s.rows.forEach((r, i) => rowIndex.has(r.key) || rowIndex.set(r.key, i));
  const colIndex = new Map<string, number>();
  s.columns.forEach((c, i) => colIndex.has(c.key) || colIndex.set(c.key, i));
  const values: EncodedSchedule['values'] = [];
  for (const [key, cell] of s.values) {
    const [row, col] = key.split('\u0001');
    values.push([rowIndex.get(row) ?? row, colIndex.get(col ?? '') ?? col ?? '', encodeRef(cell.ref, s.sheet), encodeAmount(cell.parsed)]);
  }
  const out: EncodedSchedule = {
    id: s.id,
    title: s.title,
    canonicalTitle: s.canonicalTitle,
    sheet: s.sheet,
    titleRef: encodeRef(s.titleRef, s.sheet),
    unit: s.unit,
    unitDeclared: s.unitDeclared,
    rows: s.rows.map((r) => ({ ...r })),
    columns: s.columns.map((c) => [c.key, c.label, c.kind]),
    values,
    stats: [...s.stats].map(([key, cell]) => [key, encodeRef(cell.ref, s.sheet), encodeAmount(cell.parsed)]),
  };
  if (s.emptyStatement !== undefined) out.emptyStatement = s.emptyStatement;
  return out;
}

function bad(detail: string): ModelCodecError {
  return new ModelCodecError(`保存的上年决算数据无法读取（${detail}），请重新导入上年决算表。`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const strings = (v: unknown, what: string): string[] => {
  if (!Array.isArray(v) || !v.every(isString)) throw bad(`${what}格式不正确`);
  return v;
};

function decodeKey(e: unknown, list: { key: string }[]): string {
  if (typeof e === 'number' && list[e]) return list[e].key;
  if (typeof e === 'string') return e;
  throw bad('行列编号超出范围');
}

function decodeSchedule(raw: unknown): ScheduleInstance {
  if (!isRecord(raw) || !isString(raw.id) || !isString(raw.sheet) || !Array.isArray(raw.rows) || !Array.isArray(raw.columns) || !Array.isArray(raw.values)) {
    throw bad('表格数据不完整');
  }
  const sheet = raw.sheet;
  const rows = raw.rows.map((r): RowInfo => {
    if (!isRecord(r) || !isString(r.key) || !isString(r.label) || typeof r.gridRow !== 'number') throw bad('行信息格式不正确');
    return { ...(r as unknown as RowInfo) };
  });
  const columns = raw.columns.map((c): ColumnInfo => {
    if (!Array.isArray(c) || !isString(c[0]) || !isString(c[1]) || !['amount', 'rate', 'count'].includes(c[2] as string)) throw bad('列信息格式不正确');
    return { key: c[0], label: c[1], kind: c[2] as ColumnInfo['kind'] };
  });
  const values = new Map<string, ValueCell>();
  for (const v of raw.values) {
    if (!Array.isArray(v) || v.length !== 4) throw bad('数值格式不正确');
    values.set(valueKey(decodeKey(v[0], rows), decodeKey(v[1], columns)), { ref: decodeRef(v[2], sheet), parsed: decodeAmount(v[3]) });
  }
  const stats = new Map<string, ValueCell>();
  for (const v of Array.isArray(raw.stats) ? raw.stats : []) {
    if (!Array.isArray(v) || v.length !== 3 || !isString(v[0])) throw bad('统计数格式不正确');
    stats.set(v[0], { ref: decodeRef(v[1], sheet), parsed: decodeAmount(v[2]) });
  }
  const out: ScheduleInstance = {
    id: raw.id as ScheduleId,
    title: isString(raw.title) ? raw.title : '',
    canonicalTitle: isString(raw.canonicalTitle) ? raw.canonicalTitle : '',
    sheet,
    titleRef: decodeRef(raw.titleRef, sheet),
    unit: raw.unit as Unit,
    unitDeclared: raw.unitDeclared === true,
    rows,
    columns,
    values,
    stats,
  };
  if (isString(raw.emptyStatement)) out.emptyStatement = raw.emptyStatement;
  return out;
}

/**
 * The model as compact JSON text (see the module note).
 * @example modelFromJson(modelToJson(model)) // equals model
 */
export function modelToJson(model: WorkbookModel): string {
  const out: EncodedModel = {
    kind: KIND,
    version: MODEL_CODEC_VERSION,
    file: model.file,
    template: model.template,
    schedules: [...model.schedules.values()].map(encodeSchedule),
    missing: [...model.missing],
    absentOptional: [...model.absentOptional],
    issues: model.issues,
    unrecognizedSheets: [...model.unrecognizedSheets],
  };
  if (model.unitName !== undefined) out.unitName = model.unitName;
  if (model.year !== undefined) out.year = model.year;
  return JSON.stringify(out);
}

/**
 * The model back from modelToJson's text.
 * @throws ModelCodecError (Chinese message) when the text is not JSON, not a model, or of
 *   another version.
 */
export function modelFromJson(text: string): WorkbookModel {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw bad('不是有效的 JSON');
  }
  if (!isRecord(raw) || raw.kind !== KIND) throw bad('不是决算助手保存的数据');
  if (raw.version !== MODEL_CODEC_VERSION) throw bad(`数据版本 ${String(raw.version)} 与本版本（${MODEL_CODEC_VERSION}）不符`);
  if (!isString(raw.file) || !isString(raw.template) || !Array.isArray(raw.schedules)) throw bad('数据不完整');
  const schedules = new Map<ScheduleId, ScheduleInstance>();
  for (const s of raw.schedules.map(decodeSchedule)) schedules.set(s.id, s);
  const model: WorkbookModel = {
    file: raw.file,
    template: raw.template as TemplateId,
    schedules,
    missing: strings(raw.missing ?? [], '缺少的表') as ScheduleId[],
    absentOptional: strings(raw.absentOptional ?? [], '可选表') as ScheduleId[],
    issues: Array.isArray(raw.issues) ? (raw.issues as RecognitionIssue[]) : [],
    unrecognizedSheets: strings(raw.unrecognizedSheets ?? [], '未识别的工作表'),
  };
  if (isString(raw.unitName)) model.unitName = raw.unitName;
  if (typeof raw.year === 'number') model.year = raw.year;
  return model;
}
