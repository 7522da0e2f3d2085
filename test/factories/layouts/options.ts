/**
 * Fixture options: which template set and which of the layout variants seen in real
 * workbooks (schedules.md §2, §5). Each option can be chosen alone; defaults give the
 * clean workbook of the template.
 */
import { TemplateId } from '../../../src/core/schedules/model';

export interface FixtureOptions {
  template?: TemplateId;
  /** 2024 (default) or 2023. */
  year?: number;
  /** Subject codes in one column (2060101) or split 类 | 款 | 项 with fragments on a group's first row only. */
  codeStyle?: 'single' | 'split';
  /** Where the 合计 row of subject tables sits. */
  totalRow?: 'first' | 'last';
  /** Subject-table headers merged over two or three rows (本年支出 over 合计|基本支出|项目支出) or one row. */
  headers?: 'merged' | 'flat';
  unit?: '万元' | '元';
  /** Amounts as text with thousands separators ("2,940.05", number format "@"). */
  textNumbers?: boolean;
  /** Sheet names: the title, a reporting-software export (Z01 …(财决01表)), or Sheet1/表3/附表5 in shuffled order. */
  sheetNames?: 'title' | 'export' | 'renamed';
  /** T08 and T09 stacked on one sheet with blank rows between. */
  stackFundTables?: boolean;
  /** Leave out the optional schedules (and the 政府性基金 part of the data, so rules still hold). */
  omitOptional?: boolean;
  /** 三公 columns: 预算数|决算数 per item, or all 预算数 then all 决算数. */
  sangong?: 'interleaved' | 'grouped';
  /** T05 with 年初预算数, 全年预算数, 决算数 合计/基本/项目 and 完成预算%. */
  budgetColumns?: boolean;
  /** T06 codes in one column (30101) or split 类 | 款 (301 | 01). */
  economicCodes?: 'single' | 'split';
  /** A hidden row and a hidden column inside each table, and stray notes beside it. */
  clutter?: boolean;
  /** Data in random 分, every cell rounded on its own to 万元 with two decimals. */
  rounding?: boolean;
  /** Totals written as formulas with cached results. */
  formulas?: boolean;
  /** 栏次 row under subject-table headers and 行次 columns in T01/T04. */
  lineNumbers?: boolean;
  /** Year as a title prefix (2024年度收入支出决算总表); otherwise on the unit line. */
  yearInTitle?: boolean;
  /** T01/T04 list every functional class of the national template, zeros blank. */
  allClasses?: boolean;
  /**
   * Where the unit name and year are written (issue 10.1): on each schedule's unit line (with
   * the year as `yearInTitle` says); `separateCell` "编制单位：" | name in two cells, year in the
   * titles; `beneath` a 填报单位 line under each table, year in the titles; `superTitle` one line
   * "某市科学技术局2024年度部门决算表" above the first schedule; `cover` / `coverBelow` a 封面 sheet
   * with 单位名称 and 年度 labels and the values beside / below them; `none` nowhere (the file
   * name is all there is).
   */
  identity?: 'unitLine' | 'separateCell' | 'beneath' | 'superTitle' | 'cover' | 'coverBelow' | 'none';
  /**
   * How an empty fund table says so (issue 10.2): the statement across its first data row
   * (`row`, default); a 合计 row whose amount cells hold the statement (`totalRow`) or only the
   * footnote "注：本表反映…" (`purposeInTotalRow`); or a blank 合计 row with the statement beneath
   * the table (`below`).
   */
  emptyNote?: 'row' | 'totalRow' | 'purposeInTotalRow' | 'below';
  /** The unit line of T05 names another unit (issue 16.4). */
  conflictingUnit?: boolean;
  /** Seed for shuffling and for the rounding variant's random 分. */
  seed?: number;
}

export type ResolvedOptions = Required<FixtureOptions>;

export const DEFAULT_OPTIONS: ResolvedOptions = {
  template: 'national',
  year: 2024,
  codeStyle: 'single',
  totalRow: 'first',
  headers: 'merged',
  unit: '万元',
  textNumbers: false,
  sheetNames: 'title',
  stackFundTables: false,
  omitOptional: false,
  sangong: 'interleaved',
  budgetColumns: false,
  economicCodes: 'single',
  clutter: false,
  rounding: false,
  formulas: false,
  lineNumbers: false,
  yearInTitle: true,
  allClasses: false,
  identity: 'unitLine',
  conflictingUnit: false,
  emptyNote: 'row',
  seed: 1,
};

/** Options with defaults filled in; rejects combinations the fixtures cannot make exact. */
export function resolveOptions(options: FixtureOptions): ResolvedOptions {
  const o: ResolvedOptions = { ...DEFAULT_OPTIONS };
  for (const [k, v] of Object.entries(options)) if (v !== undefined) (o as unknown as Record<string, unknown>)[k] = v;
  if (o.rounding && o.unit !== '万元') throw new Error('the rounding variant needs 万元 units');
  return o;
}
