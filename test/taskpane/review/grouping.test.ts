import { findingKind } from '../../../src/taskpane/review/finding-kind';
import { OTHER_GROUP, groupFindings, groupsNeedingAttention } from '../../../src/taskpane/review/grouping';
import { finding, review } from '../support';

const FINDINGS = [
  finding('X-01', { schedule: 'T03', at: ['表3!B6'] }),
  finding('T01-R10', { schedule: 'T01', at: ['表1!B9'], severity: 'warning' }),
  finding('T01-R2', { schedule: 'T01', at: ['表1!B7'] }),
  finding('Y-01', { at: [] }),
  finding('T01-R05', { schedule: 'T01', outcome: 'not_applicable', severity: 'info' }),
  finding('T01-R06', { schedule: 'T01', outcome: 'insufficient_data', severity: 'warning' }),
  finding('T01-R07', { schedule: 'T01', outcome: 'pass' }),
  finding('T05-R01', { schedule: 'T05', at: ['表5!C8'], severity: 'info' }),
];

describe('findingKind', () => {
  it('files failures by severity and the rest by outcome', () => {
    expect(FINDINGS.map(findingKind)).toEqual(['error', 'warning', 'error', 'error', 'notApplicable', 'unchecked', null, 'info']);
    expect(findingKind(finding('R', { outcome: 'error', severity: 'warning' }))).toBe('unchecked');
  });
});

describe('groupFindings', () => {
  const { schedules } = review([]);

  it('orders groups as the schedules were found, unknown schedules next, the catch-all last', () => {
    const groups = groupFindings(FINDINGS, schedules, {}, { showNotApplicable: false });
    expect(groups.map((g) => g.id)).toEqual(['T01', 'T03', 'T05', OTHER_GROUP]);
    expect(groups.map((g) => g.title)).toEqual(['T01 收入支出决算总表', 'T03 支出决算表', 'T05 一般公共预算财政拨款支出决算表', '其他（不属于某一张表）']);
    expect(groups[0].sheet).toBe('表1');
    expect(groups[2].sheet).toBeUndefined();
  });

  it('sorts sections worst first and rules by number within a section; passes never appear', () => {
    const [t01] = groupFindings(FINDINGS, schedules, {}, { showNotApplicable: true });
    expect(t01.sections.map((s) => [s.label, s.entries.map((e) => e.finding.rule)])).toEqual([
      ['错误', ['T01-R2']],
      ['警告', ['T01-R10']],
      ['无法检查', ['T01-R06']],
      ['不适用', ['T01-R05']],
    ]);
    expect(t01.open).toEqual({ error: 1, warning: 1, info: 0, unchecked: 1, notApplicable: 1 });
  });

  it('leaves out rules that do not apply unless asked, and drops groups left empty', () => {
    const onlyNa = [finding('T03-R01', { schedule: 'T03', outcome: 'not_applicable', severity: 'info' })];
    expect(groupFindings(onlyNa, schedules, {}, { showNotApplicable: false })).toEqual([]);
    expect(groupFindings(onlyNa, schedules, {}, { showNotApplicable: true }).map((g) => g.id)).toEqual(['T03']);
  });

  it('attaches annotations by finding key and counts ignored findings apart', () => {
    const annotations = { 'T01-R2@表1!B7': { ignored: true, updatedAt: '2025-01-01T00:00:00.000Z' } };
    const [t01] = groupFindings(FINDINGS, schedules, annotations, { showNotApplicable: false });
    const entry = t01.sections[0].entries[0];
    expect(entry.key).toBe('T01-R2@表1!B7');
    expect(entry.annotation?.ignored).toBe(true);
    expect(t01.open.error).toBe(0);
    expect(t01.ignored).toBe(1);
  });

  it('gives every entry a distinct id even when two findings share a key', () => {
    const twins = [finding('T07-R01c', { schedule: 'T01' }), finding('T07-R01c', { schedule: 'T01' })];
    const [g] = groupFindings(twins, schedules, {}, { showNotApplicable: false });
    const ids = g.sections[0].entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(2);
    expect(g.sections[0].entries.map((e) => e.key)).toEqual(['T07-R01c@', 'T07-R01c@']);
  });
});

describe('groupsNeedingAttention', () => {
  it('names the groups with an open error or warning', () => {
    const groups = groupFindings(FINDINGS, review([]).schedules, {}, { showNotApplicable: true });
    expect(groupsNeedingAttention(groups)).toEqual(['T01', 'T03', OTHER_GROUP]);
  });
});
