/**
 * A third template set registered by a test alone: its detector, a small rule pack and a style
 * with other lead sentences. Nothing else in src/ names it, yet the recogniser picks it, the
 * rules are its own, the report speaks its wording, and the command line's style list has it.
 */
import { paragraphText } from '../../../src/core/narrative';
import { NATIONAL_STYLE } from '../../../src/core/narrative/styles';
import { openSession } from '../../../src/core/session';
import { emptyStored } from '../../../src/core/stored';
import { registerStyle, registerTemplateSet, reportStyles, templateIds, templateSet } from '../../../src/core/templates';
import { buildFixture } from '../../factories';

registerStyle({
  ...NATIONAL_STYLE,
  id: 'testland',
  label: '测试省',
  percentDecimals: 1,
  leads: {
    ...NATIONAL_STYLE.leads,
    totalsEqual: '{Y}，本单位收支总计为{A}万元。',
    income: '{Y}全年收入{A}万元',
  },
});
registerTemplateSet({
  id: 'testland2024',
  name: '测试省七表',
  priority: 50,
  // Its workbooks have the seven main tables and no fund tables.
  detect: (c) => c.ids.has('T01') && c.ids.has('T07') && !c.ids.has('T08') && !c.ids.has('T09'),
  schedules: templateSet('national').schedules.slice(0, 7),
  packs: [
    {
      file: 'testland.json',
      json: {
        id: 'testland',
        description: '测试省规则',
        rules: [
          {
            id: 'TL-01',
            kind: 'equals',
            severity: 'error',
            title: '收入总计等于本年收入合计',
            left: { schedule: 'T01', row: '收入总计', col: '金额' },
            right: { schedule: 'T01', row: '本年收入合计', col: '金额' },
          },
        ],
      },
    },
  ],
  style: 'testland',
});

const fixture = buildFixture({ template: 'national' });
const sevenTables = { file: 'testland.xlsx', sheets: fixture.sheets.filter((s) => !/政府性基金|国有资本/.test(s.name)) };

describe('a template set registered from outside', () => {
  it('is detected, brings its own rules and its own wording', () => {
    const s = openSession(sevenTables, emptyStored());
    expect(s.template.id).toBe('testland2024');
    expect(s.model.missing).toEqual([]);
    expect(new Set(s.findings.filter((f) => !f.rule.startsWith('REC')).map((f) => f.rule))).toEqual(new Set(['TL-01']));
    expect(s.findings.find((f) => f.rule === 'TL-01')?.outcome).toBe('fail');
    expect(s.settings).toMatchObject({ style: 'testland', percentDecimals: 1 });
    const doc = s.report().document;
    expect(paragraphText(doc.sections[0].paragraphs[0])).toMatch(/^2024年，本单位收支总计为\d+\.\d\d万元。/);
    expect(paragraphText(doc.sections[1].paragraphs[0])).toMatch(/^2024年全年收入\d+\.\d\d万元，其中：/);
  });

  it('leaves the workbooks of other sets alone', () => {
    expect(openSession({ file: 'n.xlsx', sheets: fixture.sheets }, emptyStored()).template.id).toBe('national');
  });

  it('appears wherever the sets and styles are listed', () => {
    expect(templateIds()).toContain('testland2024');
    expect(reportStyles().map((s) => s.id)).toEqual(['sichuan', 'national', 'testland']);
  });
});
