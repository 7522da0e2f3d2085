/**
 * Functional subjects (支出功能分类科目) the fictional department uses: names of every 类,
 * 款 and 项 code that occurs in the fixture data, from the subject catalogue.
 */
import { subjectName as catalogueName } from '../../src/core/schedules/catalogue/functional-subjects';

/** Name of a 类 (3 digits), 款 (5) or 项 (7) code; throws for a code the catalogue does not know. */
export function subjectName(code: string): string {
  const name = catalogueName(code);
  if (!name) throw new Error(`fixture subject without a name: ${code}`);
  return name;
}

/** 1 for 类, 2 for 款, 3 for 项. */
export function subjectLevel(code: string): 1 | 2 | 3 {
  return code.length === 3 ? 1 : code.length === 5 ? 2 : 3;
}

/** The 类 and 款 above a 项 code, then the code itself: 2060101 → [206, 20601, 2060101]. */
export function subjectPath(code: string): string[] {
  return [code.slice(0, 3), code.slice(0, 5), code];
}
