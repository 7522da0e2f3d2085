import { BlankTemplateError } from '../../errors';
import { subjectName } from '../../schedules/catalogue/functional-subjects';
import type { SubjectRow } from './subject';

const CODE = /^(\d{3}|\d{5}|\d{7})$/;

/** Code order of the schedules: a 类 before its 款, a 款 before its 项. */
const byCode = (a: string, b: string): number => (a.padEnd(7, '0') + a.length).localeCompare(b.padEnd(7, '0') + b.length);

/**
 * The subject rows for `codes` (3, 5 or 7 digits; "code=name" gives a name the catalogue
 * lacks): each code with its 类 and 款 above it, in code order, named by `names` (last year's
 * labels), else the given name, else the subject catalogue.
 * @throws BlankTemplateError for text that is not a subject code, or a code nobody names
 * @example subjectRows(['2060101']).map((r) => r.code) // ['206', '20601', '2060101']
 */
export function subjectRows(codes: readonly string[], names: ReadonlyMap<string, string> = new Map()): SubjectRow[] {
  const given = new Map(names);
  const wanted = new Set<string>();
  for (const raw of codes) {
    const [code, name] = raw.split('=').map((s) => s.trim());
    if (!CODE.test(code)) throw new BlankTemplateError(`“${raw}”不是支出功能分类科目编码：应为 3 位（类）、5 位（款）或 7 位（项）数字，如 2060101。`);
    if (name) given.set(code, name);
    for (const len of [3, 5, 7]) if (code.length >= len) wanted.add(code.slice(0, len));
  }
  const sorted = [...wanted].sort(byCode);
  const unnamed = sorted.filter((c) => !given.get(c) && !subjectName(c));
  if (unnamed.length > 0) {
    throw new BlankTemplateError(`科目编码 ${unnamed.join('、')} 不在内置的科目名称表中，请写成“编码=名称”，如 ${unnamed[0]}=科目名称。`);
  }
  return sorted.map((code) => ({ code, name: given.get(code) || subjectName(code)! }));
}
