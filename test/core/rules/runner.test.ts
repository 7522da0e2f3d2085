import { Finding } from '../../../src/core/rules/finding';
import { parseRulePack } from '../../../src/core/rules/pack-format';
import { builtInPack } from '../../../src/core/rules/packs';
import { runRules } from '../../../src/core/rules/runner';
import { ScheduleInstance } from '../../../src/core/schedules/model';
import { setCell } from '../../factories/model-builder';
import { cleanModel } from './fixtures/clean-model';

const ids = (fs: Finding[]) => [...new Set(fs.map((f) => f.rule))];

describe('runRules', () => {
  it('returns one finding per instance, passes included', () => {
    const findings = runRules(cleanModel('national'));
    expect(findings.filter((f) => f.rule === 'T05-R02')).toHaveLength(5 * 3); // 合计, 201, 20103, 208, 20805 × three columns
    expect(findings.filter((f) => f.rule === 'T02-R01')).toHaveLength(14);
    expect(findings.some((f) => f.outcome === 'fail')).toBe(false);
  });

  it('replaces a built-in rule by id, removes a disabled one and adds new ones', () => {
    const model = cleanModel('national');
    setCell(model, 'T07', '公务接待费', '决算数', 4.5); // above budget 4.00 and above T06 30217
    const before = runRules(model);
    expect(before.find((f) => f.rule === 'T07-R02b' && f.outcome === 'fail')?.severity).toBe('warning');
    const dept = parseRulePack(
      {
        id: 'dept',
        template: 'national',
        description: '本单位：三公超预算按强制性处理',
        rules: [
          { id: 'T07-R02b', kind: 'per-row', relation: 'le', left: { schedule: 'T07', col: '决算数' }, right: { schedule: 'T07', col: '预算数' } },
          { id: 'X-08b', disabled: true },
          { id: 'D-01', kind: 'non-negative', schedule: 'T05' },
        ],
      },
      'dept.json',
    );
    const after = runRules(model, { packs: [dept] });
    expect(after.find((f) => f.rule === 'T07-R02b' && f.outcome === 'fail')?.severity).toBe('error');
    expect(ids(after)).not.toContain('X-08b');
    expect(ids(after)).toContain('D-01');
    // The replaced rule keeps its place in the order.
    expect(ids(after).indexOf('T07-R02b')).toBe(ids(before).indexOf('T07-R02b'));
  });

  it('skips a department pack made for another template', () => {
    const dept = parseRulePack({ id: 'dept', template: 'sichuan2021', rules: [{ id: 'T01-R01', disabled: true }] }, 'dept.json');
    expect(ids(runRules(cleanModel('national'), { packs: [dept] }))).toContain('T01-R01');
  });

  it('reports a rule that throws as an error finding and carries on', () => {
    const model = cleanModel('national');
    const t03 = model.schedules.get('T03') as ScheduleInstance;
    // A malformed model: the rows of T03 are not a list.
    (t03 as unknown as { rows: unknown }).rows = null;
    const findings = runRules(model);
    const broken = findings.filter((f) => f.outcome === 'error');
    expect(broken.length).toBeGreaterThan(0);
    expect(broken[0].message).toMatch(/^规则 T03-R01 执行出错，未能核对：/);
    expect(findings.filter((f) => f.rule === 'T01-R05').map((f) => f.outcome)).toEqual(['pass']);
  });

  it('runs the cross-year rules when last year is given', () => {
    const prior = cleanModel('national');
    // This year's 年初 (29, 22 …) differ from the clean model's 年末 (37, 30 …).
    const findings = runRules(cleanModel('national'), { prior });
    expect(findings.filter((f) => f.rule === 'Y-01').map((f) => f.message)).toEqual([
      '收入支出决算总表“年初结转和结余” 29.00 ≠ 上年收入支出决算总表“年末结转和结余” 37.00，相差 8.00 万元',
    ]);
    expect(findings.filter((f) => f.rule === 'Y-02').map((f) => f.outcome)).toEqual(['fail', 'fail', 'pass']);
    expect(findings.filter((f) => f.rule === 'Y-03').every((f) => f.outcome === 'pass')).toBe(true);
  });

  it('uses the built-in pack of the model’s template', () => {
    expect(builtInPack('national').rules.some((r) => r.id === 'X-10')).toBe(false);
    expect(ids(runRules(cleanModel('sichuan2021')))).toEqual(expect.arrayContaining(['X-10', 'T05D-R01', 'T08S-R01', 'T09E-R01']));
  });
});
