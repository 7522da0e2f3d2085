/**
 * The fictional department's figures for 2024, written in 万元 as an accountant would enter
 * them, per 项. Everything else (totals, schedules, 2023) is derived in department.ts.
 *
 * 某市科学技术局 consolidates three units without subordinates of their own: the bureau
 * itself (行政), 某市科学技术情报研究所 and 某市科技馆 (事业). Economic items are 5-digit codes
 * of the basic-expenditure catalogue.
 */

/** One 项 of the department, amounts in 万元. */
export interface LeafSpec {
  code: string;
  /** 一般公共预算 basic expenditure by economic item. */
  basic?: Record<string, number>;
  /** 一般公共预算 project expenditure by economic item. */
  project?: Record<string, number>;
  /** 政府性基金 project expenditure by economic item. */
  fund?: Record<string, number>;
  /** 政府性基金 income of this 项. */
  fundIncome?: number;
  /** 一般公共预算 income minus expenditure of this 项 (negative: last year's carry-over spent). */
  gpbSurplus?: number;
  /** Expenditure from non-fiscal money (事业收入 …). */
  nfBasic?: number;
  nfProject?: number;
  /** Non-fiscal income: 上级补助收入, 事业收入, 其他收入. */
  upper?: number;
  business?: number;
  other?: number;
  /** 一般公共预算 budget as multiples of the 决算数: [年初预算数, 全年预算数]. */
  budget?: [number, number];
  /** Amounts that hold in 2023 instead of the scaled 2024 ones. */
  in2023?: Partial<LeafSpec>;
}

export const UNIT_NAME = '某市科学技术局';
export const MEMBER_UNITS = ['某市科学技术局（本级）', '某市科学技术情报研究所', '某市科技馆'];

export const LEAVES_2024: readonly LeafSpec[] = [
  { code: '2010505', project: { '30201': 3.2, '30202': 6.5, '30226': 8.4, '30227': 12.6 }, budget: [1, 1] },
  { code: '2010507', project: { '30202': 4.1, '30226': 15.3, '30227': 22.0 }, budget: [0.9, 1.05] },
  {
    code: '2060101',
    basic: {
      '30101': 186.42, '30102': 228.65, '30103': 31.2, '30107': 96.5, '30112': 3.86, '30199': 12.4,
      '30201': 18.3, '30205': 2.1, '30206': 9.8, '30207': 6.2, '30209': 24.6, '30211': 14.8,
      '30213': 7.5, '30215': 4.2, '30216': 6.8, '30217': 3.6, '30228': 11.2, '30229': 8.9,
      '30231': 9.4, '30239': 36.5, '30299': 5.6, '31002': 4.8,
    },
    other: 3.1,
    nfBasic: 3.1,
    budget: [0.97, 1.01],
  },
  {
    code: '2060102',
    project: { '30201': 5.2, '30211': 8.6, '30212': 12.3, '30215': 9.4, '30216': 14.2, '30217': 2.1, '30226': 18.0, '30227': 46.5, '31002': 6.3 },
    budget: [0.92, 1.06],
    in2023: { project: { '30201': 4.6, '30211': 7.9, '30212': 9.8, '30215': 8.1, '30216': 12.5, '30217': 1.8, '30226': 16.2, '30227': 40.3, '31013': 22.8 } },
  },
  { code: '2060199', project: { '30227': 38.0, '30299': 12.4 }, budget: [1, 1.04] },
  { code: '2060203', project: { '30227': 420.0, '30299': 15.0 }, budget: [1, 1] },
  {
    code: '2060301',
    basic: { '30101': 98.3, '30102': 12.4, '30107': 86.2, '30112': 2.1, '30201': 6.3, '30206': 4.2, '30209': 8.4, '30211': 5.3, '30228': 5.1, '30229': 3.2, '30299': 2.8 },
    nfBasic: 45.6,
    business: 52.3,
    budget: [0.98, 1.02],
  },
  {
    code: '2060302',
    project: { '30218': 24.5, '30226': 36.4, '31003': 88.0, '31007': 42.6 },
    nfProject: 28.4,
    upper: 20.0,
    budget: [0.8, 1.1],
  },
  { code: '2060499', project: { '30227': 380.0, '30299': 46.0 }, gpbSurplus: 32.0, budget: [0.85, 1.08] },
  {
    code: '2060701',
    basic: { '30101': 72.5, '30102': 8.6, '30107': 64.3, '30112': 1.6, '30201': 4.8, '30205': 3.6, '30206': 18.2, '30209': 22.4, '30213': 6.5, '30228': 3.8, '30229': 2.6 },
    nfBasic: 22.8,
    business: 18.5,
    other: 6.2,
    budget: [0.99, 1.02],
  },
  { code: '2060702', project: { '30202': 12.6, '30215': 6.4, '30226': 28.3, '30227': 64.0 }, gpbSurplus: -15.0, budget: [1.1, 1.15] },
  { code: '2069999', project: { '30227': 55.0, '30309': 80.0 }, budget: [0, 1] },
  { code: '2080501', basic: { '30302': 42.6, '30305': 3.2 }, budget: [1, 1] },
  { code: '2080502', basic: { '30302': 18.3 }, budget: [1, 1.03] },
  { code: '2080505', basic: { '30108': 78.64 }, budget: [0.98, 1] },
  { code: '2080506', basic: { '30109': 31.46 }, budget: [0.98, 1] },
  { code: '2080801', basic: { '30304': 12.8 }, budget: [0, 1] },
  { code: '2101101', basic: { '30110': 36.2 }, budget: [1, 1.02] },
  { code: '2101102', basic: { '30110': 21.4 }, budget: [1, 1.02] },
  { code: '2101103', basic: { '30111': 9.6 }, budget: [1, 1] },
  { code: '2210201', basic: { '30113': 58.9 }, budget: [1, 1] },
  { code: '2210203', basic: { '30399': 6.4 }, budget: [1, 1] },
  { code: '2296004', fund: { '30227': 12.0 }, fundIncome: 15.0 },
  { code: '2296099', fund: { '30226': 8.0, '30227': 22.0 }, fundIncome: 25.0 },
];

/** Balances at the start of 2023 (end of 2022), 万元. */
export const OPENING_2023 = {
  gpb: 126.38,
  /** 政府性基金 carry-over per 项. */
  fund: { '2296004': 0, '2296099': 35.0 } as Record<string, number>,
  nonFiscal: 212.47,
};

/** Department-level figures per year, 万元. */
export const YEARLY: Record<number, { useNonFiscalBalance: number; surplusDistribution: number }> = {
  2023: { useNonFiscalBalance: 0, surplusDistribution: 4.2 },
  2024: { useNonFiscalBalance: 18.6, surplusDistribution: 3.15 },
};

/** 三公 budgets as multiples of the 决算数 (预算数 ≥ 决算数 keeps T07-R02 quiet). */
export const SANGONG_BUDGET_RATIO = { abroad: 1.2, carPurchase: 1, carRunning: 1.1, reception: 1.35 };

/** 2023 figures are the 2024 ones times a per-项 factor in [0.86, 1.00]. */
export function scale2023(code: string): number {
  let h = 0;
  for (const ch of code) h = (h * 31 + ch.charCodeAt(0)) % 9973;
  return 0.86 + (h % 15) / 100;
}
