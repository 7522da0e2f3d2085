/**
 * One fixture per template set and per layout variant (each variant changes one option of
 * the clean national workbook unless its name says otherwise).
 */
import { FixtureOptions } from './layouts/options';

export const FIXTURE_VARIANTS: { name: string; options: FixtureOptions }[] = [
  { name: 'national-clean', options: { template: 'national' } },
  { name: 'sichuan2021-clean', options: { template: 'sichuan2021' } },
  { name: 'sichuan2023-clean', options: { template: 'sichuan2023' } },
  { name: 'split-codes', options: { codeStyle: 'split' } },
  { name: 'total-row-last', options: { totalRow: 'last' } },
  { name: 'flat-headers', options: { headers: 'flat' } },
  { name: 'yuan-units', options: { unit: '元' } },
  { name: 'text-numbers', options: { textNumbers: true } },
  { name: 'software-export', options: { sheetNames: 'export' } },
  { name: 'fund-tables-stacked', options: { stackFundTables: true } },
  { name: 'renamed-shuffled', options: { sheetNames: 'renamed', seed: 7 } },
  { name: 'optional-absent', options: { omitOptional: true } },
  { name: 'sangong-grouped', options: { sangong: 'grouped' } },
  { name: 't05-budget-columns', options: { budgetColumns: true } },
  { name: 'economic-split-codes', options: { economicCodes: 'split' } },
  { name: 'hidden-and-notes', options: { clutter: true } },
  { name: 'rounded-wan', options: { rounding: true, seed: 3 } },
  { name: 'formulas', options: { formulas: true } },
  { name: 'line-numbers', options: { lineNumbers: true } },
  { name: 'year-on-unit-line', options: { yearInTitle: false } },
  { name: 'all-classes', options: { allClasses: true } },
  { name: 'sichuan2023-split-budget', options: { template: 'sichuan2023', codeStyle: 'split', budgetColumns: true, sangong: 'grouped' } },
];
