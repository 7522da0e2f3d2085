import { JuesuanError } from '../errors';
import { isRecord } from '../json';
import type { Supplement, SupplementEntry } from './read';

/** Stored 补充信息 text that cannot be read back. */
export class SupplementCodecError extends JuesuanError {}

const FORMAT = 'juesuan-supplement';

type Lists = 'facts' | 'reasons' | 'budgets';
const LISTS: Lists[] = ['facts', 'reasons', 'budgets'];

/**
 * A 补充信息 as JSON text, to keep last year's sheet in the stored data beside last year's
 * model (so the report compares typed facts like 机关运行经费 without the file at hand).
 * @example supplementFromJson(supplementToJson(s)) // equal to s
 */
export function supplementToJson(s: Supplement): string {
  return JSON.stringify({
    format: FORMAT,
    version: 1,
    sheet: s.sheet,
    facts: [...s.facts.values()],
    reasons: [...s.reasons.values()],
    budgets: [...s.budgets.values()],
    ...(s.problems ? { problems: s.problems } : {}),
  });
}

function entry(raw: unknown): SupplementEntry | undefined {
  if (!isRecord(raw) || typeof raw.item !== 'string' || typeof raw.text !== 'string' || !isRecord(raw.ref)) return undefined;
  const { sheet, address } = raw.ref;
  if (typeof sheet !== 'string' || typeof address !== 'string') return undefined;
  const out: SupplementEntry = { item: raw.item, text: raw.text, ref: { sheet, address } };
  if (typeof raw.number === 'number' && Number.isFinite(raw.number)) out.number = raw.number;
  if (typeof raw.problem === 'string') out.problem = raw.problem;
  return out;
}

function entries(raw: unknown, what: string): SupplementEntry[] {
  if (!Array.isArray(raw)) throw bad(`缺少${what}`);
  return raw.map((r, i) => entry(r) ?? (() => { throw bad(`${what}第${i + 1}项`); })());
}

function bad(detail: string): SupplementCodecError {
  return new SupplementCodecError(`保存的上年补充信息无法读取（${detail}），请重新导入上年决算表。`);
}

/**
 * The 补充信息 from supplementToJson text.
 * @throws SupplementCodecError (Chinese message) when the text is not such a document
 */
export function supplementFromJson(text: string): Supplement {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw bad('不是有效的 JSON');
  }
  if (!isRecord(raw) || raw.format !== FORMAT || raw.version !== 1 || typeof raw.sheet !== 'string') throw bad('格式不符');
  const names: Record<Lists, string> = { facts: '项目', reasons: '原因', budgets: '预算' };
  const out: Supplement = { sheet: raw.sheet, facts: new Map(), reasons: new Map(), budgets: new Map() };
  for (const list of LISTS) for (const e of entries(raw[list], names[list])) out[list].set(e.item, e);
  if (raw.problems !== undefined) out.problems = entries(raw.problems, '问题');
  return out;
}
