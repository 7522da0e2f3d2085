import { parseNumberText } from '../../core/grid/amount';
import { BUDGET_PREFIX, REASON_PREFIX, SUPPLEMENT_ITEMS, Supplement, SupplementItemDef, normaliseItem, notANumberProblem, numberProblem } from '../../core/supplement';
import { OWNED_SHEET_PREFIX } from '../../hosts/workbook-host';

/** The add-in's own 补充信息 sheet; readSupplement finds it because its name contains 补充信息. */
export const SUPPLEMENT_FORM_SHEET = `${OWNED_SHEET_PREFIX}补充信息`;

/** What the user typed, by item name (SUPPLEMENT_ITEMS[].name); '' for nothing. */
export type SupplementValues = Record<string, string>;

export interface FormGroup {
  heading: string;
  items: SupplementItemDef[];
}

/** The items grouped under their headings, in SUPPLEMENT_ITEMS order. */
export function formGroups(): FormGroup[] {
  const groups: FormGroup[] = [];
  for (const item of SUPPLEMENT_ITEMS) {
    const last = groups[groups.length - 1];
    if (last?.heading === item.group) last.items.push(item);
    else groups.push({ heading: item.group, items: [item] });
  }
  return groups;
}

/** The form's starting values: every item, filled from the workbook's 补充信息 sheet where it has one. */
export function formValues(supplement: Supplement | undefined): SupplementValues {
  const out: SupplementValues = {};
  for (const item of SUPPLEMENT_ITEMS) out[item.name] = supplement?.facts.get(normaliseItem(item.name))?.text ?? '';
  return out;
}

/** Why a typed value is not acceptable, in Chinese; undefined when it is (or is empty). */
export function valueProblem(item: SupplementItemDef, text: string): string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const n = parseNumberText(t);
  const problem = n === undefined ? notANumberProblem(item) : numberProblem(item, n);
  return problem === undefined ? undefined : `“${item.name}”${problem}。`;
}

/** The first problem of the whole form, if any. */
export function formProblems(values: SupplementValues): string[] {
  return SUPPLEMENT_ITEMS.map((i) => valueProblem(i, values[i.name] ?? '')).filter((p): p is string => p !== undefined);
}

function cellOf(text: string): string | number | null {
  const t = text.trim();
  if (t === '') return null;
  const n = parseNumberText(t);
  return n === undefined ? t : n;
}

/**
 * The rows of SUPPLEMENT_FORM_SHEET for `values`: 项目 | 内容, group headings 【…】, every
 * item with its unit ("政府采购支出总额（万元）"), numbers as numbers, empty items left blank;
 * then the reason (原因:…) and budget (预算:…) rows `kept` from the sheet as it was, so
 * saving the form never loses what the 说明 tab or the user stored there.
 */
export function supplementRows(values: SupplementValues, kept?: Supplement): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [['项目', '内容']];
  for (const group of formGroups()) {
    rows.push([`【${group.heading}】`, null]);
    for (const item of group.items) rows.push([`${item.name}（${item.unit}）`, cellOf(values[item.name] ?? '')]);
  }
  if (kept && kept.budgets.size > 0) {
    rows.push(['【预算数（万元）】', null]);
    for (const [key, e] of kept.budgets) rows.push([`${BUDGET_PREFIX}${key}`, e.number ?? e.text]);
  }
  if (kept && kept.reasons.size > 0) {
    rows.push(['【原因】', null]);
    for (const [id, e] of kept.reasons) rows.push([`${REASON_PREFIX}${id}`, e.text]);
  }
  return rows;
}

/**
 * Why the form cannot save, or undefined when it can: the workbook's own sheet named
 * 补充信息 (not the add-in's) is what the report reads, and the add-in never writes it.
 */
export function formBlockedReason(supplement: Supplement | undefined): string | undefined {
  if (!supplement || supplement.sheet.startsWith(OWNED_SHEET_PREFIX)) return undefined;
  return `本工作簿已有“${supplement.sheet}”工作表，说明中使用的是该表的内容。决算助手不修改您的工作表，请直接在该表中填写。`;
}
