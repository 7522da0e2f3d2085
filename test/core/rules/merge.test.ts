import { mergeRules } from '../../../src/core/rules/merge';
import { RulePack } from '../../../src/core/rules/pack-format';
import { RuleSpec } from '../../../src/core/rules/spec';

/** A spec reduced to what merging looks at: its id, and a tag to tell versions apart. */
const spec = (id: string, tag = 'base'): RuleSpec => ({ id, kind: 'required', schedule: 'T01', severity: 'error', title: tag }) as unknown as RuleSpec;
const off = (id: string): RuleSpec => ({ id, kind: 'disabled', disabled: true });
const pack = (rules: RuleSpec[], template?: RulePack['template']): RulePack => ({ id: 'p', description: '', rules, template });
const shown = (rules: RuleSpec[]) => rules.map((r) => `${r.id}:${(r as { title?: string }).title}`);

describe('mergeRules', () => {
  const base = [spec('A'), spec('B'), spec('B', 'base2'), spec('C')];

  it('replaces every spec of an id where the first stood, adds new ids at the end', () => {
    const merged = mergeRules(base, [pack([spec('B', 'new'), spec('D', 'new')])], 'national');
    expect(shown(merged)).toEqual(['A:base', 'B:new', 'C:base', 'D:new']);
  });

  it('keeps the variants of one id together and in pack order', () => {
    const merged = mergeRules(base, [pack([spec('A', 'v1'), spec('A', 'v2')])], 'national');
    expect(shown(merged)).toEqual(['A:v1', 'A:v2', 'B:base', 'B:base2', 'C:base']);
  });

  it('removes a disabled id; a later pack adding it again puts it at the end', () => {
    const merged = mergeRules(base, [pack([off('A')]), pack([spec('A', 'again')])], 'national');
    expect(shown(merged)).toEqual(['B:base', 'B:base2', 'C:base', 'A:again']);
    expect(shown(mergeRules(base, [pack([off('Z')])], 'national'))).toEqual(shown(base));
  });

  it('applies packs in order and skips a pack for another template', () => {
    const merged = mergeRules(base, [pack([spec('C', 'one')]), pack([spec('C', 'two')]), pack([spec('C', 'other')], 'sichuan2021')], 'national');
    expect(shown(merged)).toEqual(['A:base', 'B:base', 'B:base2', 'C:two']);
  });

  it('merges 20,000 rules over 20,000 (the bench measures how fast)', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => spec(`R-${i}`));
    const over = Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? spec(`R-${i}`, 'new') : spec(`N-${i}`, 'new')));
    const merged = mergeRules(many, [pack(over)], 'national');
    expect(merged).toHaveLength(30_000);
    expect(shown(merged.slice(0, 2))).toEqual(['R-0:new', 'R-1:base']);
  });
});
