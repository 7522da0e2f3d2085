import { Finding } from './finding';

/**
 * A stable key of a finding for the user's annotations: the rule id and the cells it
 * points at. It survives re-checks as long as the same rule fails on the same cells.
 * @example findingKey({ rule: 'T01-R05', cells: [{ sheet: '表1', address: 'B9' }], … }) === 'T01-R05@表1!B9'
 */
export function findingKey(f: Pick<Finding, 'rule' | 'cells'>): string {
  const cells = f.cells.map((c) => `${c.sheet}!${c.address}`).sort();
  return `${f.rule}@${cells.join(',')}`;
}
