/**
 * buildFixture: the fictional department's schedules laid out as a workbook (SheetGrid[])
 * in one template set and one variant, with every figure a perfect reader must find.
 */
import { Unit } from '../../src/core/grid/units';
import { ScheduleId, TemplateId } from '../../src/core/schedules/model';
import { TemplateEntry, templateSet } from '../../src/core/templates';
import { DepartmentYear, departmentYear } from './department';
import { FOOTNOTES, emptyStatement, exportCode, scheduleTitle, sheetName } from './schedule-texts';
import { addClutter, LayoutContext, OTHER_UNIT, ScheduleInfo } from './layouts/furniture';
import { FixtureOptions, ResolvedOptions, DEFAULT_OPTIONS, resolveOptions } from './layouts/options';
import { writeSchedule } from './layouts/schedule';
import { ExpectedFigure, SheetBuilder, StyledSheetGrid } from './layouts/sheet-builder';
import { shuffled } from './random';

export type { FixtureOptions } from './layouts/options';
export type { ExpectedFigure, StyledSheetGrid } from './layouts/sheet-builder';

export interface Fixture {
  name: string;
  template: TemplateId;
  year: number;
  unitName: string;
  sheets: StyledSheetGrid[];
  expected: ExpectedFigure[];
  /** Schedules present in the workbook, in template order (empty ones included). */
  schedules: ScheduleId[];
  /** The unit every sheet declares. */
  unit: Unit;
  /** Present schedules that hold no data, only the "故本表无数据" statement. */
  emptySchedules: ScheduleId[];
  /** Optional schedules of the template left out of the workbook. */
  absentSchedules: ScheduleId[];
  /** The leaf data the figures come from. */
  data: DepartmentYear;
  options: ResolvedOptions;
}

/** Blank rows between two schedules stacked on one sheet. */
const STACK_GAP = 3;

function fixtureName(o: ResolvedOptions): string {
  const changed = Object.entries(o)
    .filter(([k, v]) => k !== 'template' && k !== 'year' && k !== 'seed' && (DEFAULT_OPTIONS as unknown as Record<string, unknown>)[k] !== v)
    .map(([k, v]) => (v === true ? k : `${k}=${String(v)}`));
  return [`${o.template}-${o.year}`, ...changed].join(' ');
}

function sheetNameFor(o: ResolvedOptions, index: number, entries: TemplateEntry[]): string {
  const first = entries[0];
  const stacked = entries.length > 1;
  const title = stacked ? '政府性基金和国有资本经营预算财政拨款表' : scheduleTitle(first.id, o.template);
  if (o.sheetNames === 'renamed') return `${['Sheet', '表', '附表'][index % 3]}${index + 1}`;
  if (o.sheetNames === 'export') {
    const code = exportCode(first.id);
    const prefix = `Z${String(index + 1).padStart(2, '0')} `;
    const suffix = code ? `(${code})` : '';
    return prefix + sheetName(title).slice(0, 31 - prefix.length - suffix.length) + suffix;
  }
  return sheetName(o.template === 'national' ? title : `${first.number} ${title}`);
}

/**
 * Build a fixture workbook.
 * @throws Error for a year without data (only 2023 and 2024 exist) or a rounding variant in 元.
 * @example const f = buildFixture({ template: 'sichuan2023', codeStyle: 'split' });
 */
export function buildFixture(options: FixtureOptions = {}): Fixture {
  const o = resolveOptions(options);
  const dept = departmentYear(o.year, { noiseSeed: o.rounding ? o.seed : undefined, withoutFund: o.omitOptional });
  const national = o.template === 'national';
  const ctx: LayoutContext = {
    o,
    dept,
    cell: { unit: o.unit, textNumbers: o.textNumbers, rounding: o.rounding },
    unitLabel: national ? '部门：' : '编制单位：',
    unitLine: o.unit === '元' ? '单位：元' : national ? '金额单位：万元' : '单位：万元',
    amountLabel: national ? '金额' : '决算数',
  };
  const all = templateSet(o.template).schedules;
  const present = all.filter((e) => !(o.omitOptional && !e.mandatory));
  const absentSchedules = all.filter((e) => !present.includes(e)).map((e) => e.id);

  const groups: TemplateEntry[][] = [];
  const t09 = present.find((e) => e.id === 'T09');
  for (const e of present) {
    if (o.stackFundTables && e.id === 'T09' && present.some((x) => x.id === 'T08')) continue;
    groups.push(o.stackFundTables && e.id === 'T08' && t09 ? [e, t09] : [e]);
  }

  const sheets: StyledSheetGrid[] = [];
  const expected: ExpectedFigure[] = [];
  const emptySchedules: ScheduleId[] = [];
  groups.forEach((entries, index) => {
    const b = new SheetBuilder(sheetNameFor(o, index, entries));
    let top = 0;
    if (o.identity === 'superTitle' && index === 0) {
      b.put(0, 0, `${dept.unitName}${o.year}年度部门决算表`);
      top = 2;
    }
    entries.forEach((e, i) => {
      const info: ScheduleInfo = {
        id: e.id,
        title: scheduleTitle(e.id, o.template),
        code: o.sheetNames === 'export' ? exportCode(e.id) : national ? e.number : `表${e.number}`,
        footnote: FOOTNOTES[e.id],
        emptyStatement: emptyStatement(e.id, dept.unitName, o.year),
      };
      const { placement, empty } = writeSchedule(b, top, ctx, info);
      if (empty) emptySchedules.push(e.id);
      if (o.clutter && i === 0) addClutter(b, placement);
      top = placement.next + STACK_GAP;
      if (o.identity === 'beneath') {
        b.put(placement.next, 0, `填报单位：${o.conflictingUnit && e.id === 'T05' ? OTHER_UNIT : dept.unitName}`);
        top += 1;
      }
    });
    const built = b.build();
    sheets.push(built.grid);
    expected.push(...built.expected);
  });

  if (o.identity === 'cover' || o.identity === 'coverBelow') sheets.unshift(coverSheet(dept.unitName, o.year, o.identity === 'coverBelow'));

  return {
    name: fixtureName(o),
    template: o.template,
    year: o.year,
    unitName: dept.unitName,
    sheets: o.sheetNames === 'renamed' ? shuffled(sheets, o.seed) : sheets,
    expected,
    schedules: present.map((e) => e.id),
    unit: o.unit,
    emptySchedules,
    absentSchedules,
    data: dept,
    options: o,
  };
}

/** A 封面 sheet: a heading, then 单位名称 and 年度 with their values beside or below. */
function coverSheet(unitName: string, year: number, below: boolean): StyledSheetGrid {
  const b = new SheetBuilder('封面');
  b.put(0, 0, '部门决算公开');
  if (below) {
    b.put(2, 0, '单位名称');
    b.put(3, 0, unitName);
    b.put(2, 2, '年度');
    b.put(3, 2, year);
  } else {
    b.put(2, 0, '单位名称：');
    b.put(2, 1, unitName);
    b.put(3, 0, '年度：');
    b.put(3, 1, `${year}年度`);
  }
  return b.build().grid;
}

/** The same department and variant one year earlier (2023 for the default 2024). */
export function priorYearFixture(options: FixtureOptions = {}): Fixture {
  return buildFixture({ ...options, year: (options.year ?? DEFAULT_OPTIONS.year) - 1 });
}
