/**
 * The fictional department (某市科学技术局) for one year, as leaf data in 分: per 项, the
 * expenditure by fund and economic item, the income by source, budgets; per department, the
 * carry-over balances. Every schedule figure is derived from this (tables.ts), so the
 * schedules agree with each other by construction.
 */
import { Fen } from '../../src/core/grid/units';
import { seededRandom } from './random';
import { LEAVES_2024, LeafSpec, MEMBER_UNITS, OPENING_2023, SANGONG_BUDGET_RATIO, UNIT_NAME, YEARLY, scale2023 } from './department-data';

export interface DepartmentOptions {
  /**
   * When set, every leaf amount gets a random 0–9,999 分 added (seeded), so figures are no
   * longer whole 万元 with two decimals; used by the rounded-万元 variant.
   */
  noiseSeed?: number;
  /** Drop the 政府性基金 part (a department whose T08/T09 are absent). */
  withoutFund?: boolean;
}

export interface LeafYear {
  /** 7-digit 项 code. */
  code: string;
  /** 一般公共预算 basic / project expenditure by economic item (5-digit code). */
  basic: Record<string, Fen>;
  project: Record<string, Fen>;
  /** 政府性基金 project expenditure by economic item. */
  fund: Record<string, Fen>;
  gpbIncome: Fen;
  fundIncome: Fen;
  fundOpening: Fen;
  fundClosing: Fen;
  nfBasic: Fen;
  nfProject: Fen;
  upper: Fen;
  business: Fen;
  other: Fen;
  budgetInitial: Fen;
  budgetFull: Fen;
}

export interface SangongFigures {
  abroad: Fen;
  carPurchase: Fen;
  carRunning: Fen;
  reception: Fen;
}

export interface DepartmentYear {
  unitName: string;
  memberUnits: string[];
  year: number;
  leaves: LeafYear[];
  gpbOpening: Fen;
  gpbClosing: Fen;
  nfOpening: Fen;
  nfClosing: Fen;
  useNonFiscalBalance: Fen;
  surplusDistribution: Fen;
  sangongBudget: SangongFigures;
}

/** Whole 万元 with two decimals, in 分. */
const wan = (x: number): Fen => Math.round(x * 100) * 10_000;

/** Sum of a record's amounts. */
export const total = (r: Record<string, Fen>): Fen => Object.values(r).reduce((a, b) => a + b, 0);

/** The year's amounts of one leaf spec in 分 (2023 scaled unless overridden). */
function leafAmounts(spec: LeafSpec, year: number, noise: (fen: Fen) => Fen) {
  const f = year === 2024 ? 1 : scale2023(spec.code);
  const override = year === 2023 ? spec.in2023 ?? {} : {};
  const amt = (key: keyof LeafSpec): Fen => {
    const o = override[key];
    if (typeof o === 'number') return noise(wan(o));
    const v = spec[key];
    return typeof v === 'number' ? noise(wan(v * f)) : 0;
  };
  const items = (key: 'basic' | 'project' | 'fund'): Record<string, Fen> => {
    const src = override[key] ?? spec[key] ?? {};
    const k = override[key] ? 1 : f;
    const out: Record<string, Fen> = {};
    for (const [code, v] of Object.entries(src)) out[code] = noise(wan(v * k));
    return out;
  };
  return {
    basic: items('basic'),
    project: items('project'),
    fund: items('fund'),
    fundIncome: amt('fundIncome'),
    gpbSurplus: amt('gpbSurplus'),
    nfBasic: amt('nfBasic'),
    nfProject: amt('nfProject'),
    upper: amt('upper'),
    business: amt('business'),
    other: amt('other'),
  };
}

/**
 * The department's data for 2023 or 2024. 2024 opens with 2023's closing balances, so
 * this year's 年初 equals last year's 年末 for T01 and each T04 fund (rules Y-01, Y-02).
 * @throws Error for other years, or when the data would give a negative balance.
 * @example departmentYear(2024).leaves.find((l) => l.code === '2060101')
 */
export function departmentYear(year: number, options: DepartmentOptions = {}): DepartmentYear {
  if (year !== 2023 && year !== 2024) throw new Error(`fixture data exists for 2023 and 2024 only, not ${year}`);
  const prior = year === 2024 ? departmentYear(2023, options) : undefined;
  const quantum = options.noiseSeed === undefined ? 10_000 : 1;
  const rnd = options.noiseSeed === undefined ? undefined : seededRandom(options.noiseSeed * 7919 + year);
  const noise = (fen: Fen): Fen => (rnd && fen !== 0 ? fen + Math.floor(rnd() * 10_000) : fen);
  const round = (fen: number): Fen => Math.round(fen / quantum) * quantum;

  const specs = LEAVES_2024.filter((s) => !(options.withoutFund && s.fund));
  const leaves: LeafYear[] = specs.map((spec) => {
    const a = leafAmounts(spec, year, noise);
    const gpbExp = total(a.basic) + total(a.project);
    const fundExp = total(a.fund);
    const fundOpening = prior
      ? prior.leaves.find((l) => l.code === spec.code)?.fundClosing ?? 0
      : wan(OPENING_2023.fund[spec.code] ?? 0);
    const [initial, full] = spec.budget ?? [0, 0];
    const leaf: LeafYear = {
      code: spec.code,
      basic: a.basic,
      project: a.project,
      fund: a.fund,
      gpbIncome: gpbExp + a.gpbSurplus,
      fundIncome: a.fundIncome,
      fundOpening,
      fundClosing: fundOpening + a.fundIncome - fundExp,
      nfBasic: a.nfBasic,
      nfProject: a.nfProject,
      upper: a.upper,
      business: a.business,
      other: a.other,
      budgetInitial: round(gpbExp * initial),
      budgetFull: round(gpbExp * full),
    };
    if (leaf.gpbIncome < 0 || leaf.fundClosing < 0) throw new Error(`negative figure in fixture leaf ${spec.code}`);
    return leaf;
  });

  const sum = (f: (l: LeafYear) => Fen) => leaves.reduce((acc, l) => acc + f(l), 0);
  const gpbOpening = prior ? prior.gpbClosing : wan(OPENING_2023.gpb);
  const nfOpening = prior ? prior.nfClosing : wan(OPENING_2023.nonFiscal);
  const useNonFiscalBalance = noise(wan(YEARLY[year].useNonFiscalBalance));
  const surplusDistribution = noise(wan(YEARLY[year].surplusDistribution));
  const gpbClosing = gpbOpening + sum((l) => l.gpbIncome) - sum((l) => total(l.basic) + total(l.project));
  const nfClosing =
    nfOpening + sum((l) => l.upper + l.business + l.other) + useNonFiscalBalance - sum((l) => l.nfBasic + l.nfProject) - surplusDistribution;
  if (gpbClosing < 0 || nfClosing < 0) throw new Error(`negative carry-over in fixture year ${year}`);

  const actual = sangongActual(leaves);
  const r = SANGONG_BUDGET_RATIO;
  return {
    unitName: UNIT_NAME,
    memberUnits: [...MEMBER_UNITS],
    year,
    leaves,
    gpbOpening,
    gpbClosing,
    nfOpening,
    nfClosing,
    useNonFiscalBalance,
    surplusDistribution,
    sangongBudget: {
      abroad: round(actual.abroad * r.abroad),
      carPurchase: round(actual.carPurchase * r.carPurchase),
      carRunning: round(actual.carRunning * r.carRunning),
      reception: round(actual.reception * r.reception),
    },
  };
}

/** 三公 决算数 from 一般公共预算 spending (basic and project) on the matching economic items. */
export function sangongActual(leaves: readonly LeafYear[]): SangongFigures {
  const item = (code: string) => leaves.reduce((acc, l) => acc + (l.basic[code] ?? 0) + (l.project[code] ?? 0), 0);
  return { abroad: item('30212'), carPurchase: item('31013'), carRunning: item('30231'), reception: item('30217') };
}
