/**
 * Facts for the explanatory report: figures with their sources, year-on-year changes,
 * shares that add up to 100, budget completion, and the report's number formats.
 */
export { formatWan, formatPercent, ratioPercent, percentValue, FEN_PER_WAN } from './format';
export type { Percent } from './format';
export { compareYears } from './yoy';
export type { YearOnYear, Direction } from './yoy';
export { shareList } from './shares';
export { budgetCompletion } from './completion';
export type { Completion } from './completion';
export { fact, firstFact, statFact, sumFacts, valueOr0 } from './facts';
export type { Fact } from './facts';
export { largestContributors, pairLines, contributorSuggestion } from './contributors';
export type { ChangeLine } from './contributors';
export { subjectLines, subjectLabel, levelSuffix } from './lines';
export type { SubjectLine } from './lines';
