/**
 * Fixture workbooks built in code: the fictional department 某市科学技术局 in every template
 * set and layout variant, with the figures a perfect reader must find.
 */
export { buildFixture, priorYearFixture } from './fixture';
export type { Fixture, FixtureOptions, ExpectedFigure, StyledSheetGrid } from './fixture';
export { FIXTURE_VARIANTS } from './variants';
export { departmentYear } from './department';
export type { DepartmentYear, LeafYear, DepartmentOptions } from './department';
export { writeXlsx } from './xlsx-writer';
export { patchXlsxPart } from './xlsx-patch';
export { gbkBytes } from './gbk';
