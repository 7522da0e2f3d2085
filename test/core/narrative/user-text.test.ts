import { NarrativeDocument, Paragraph, Section, paragraphText } from '../../../src/core/narrative/document';
import { PANE_REF, applyEdits, fillPlaceholders, keyedParagraphs, mergeEdits, supplementWithReasons } from '../../../src/core/narrative/user-text';
import { Supplement } from '../../../src/core/supplement';

const AT = '2025-03-01T08:00:00.000Z';
const typed = (entries: Record<string, string>) => Object.fromEntries(Object.entries(entries).map(([k, text]) => [k, { text, updatedAt: AT }]));
const edit = (text: string, generated: string) => ({ text, generated, updatedAt: AT });

function para(...parts: (string | [string])[]): Paragraph {
  return {
    runs: parts.map((p) =>
      typeof p === 'string' ? { kind: 'text' as const, text: p } : { kind: 'placeholder' as const, id: `reason:${p[0]}`, placeholder: 'reason' as const, text: '【请填写变动原因】' },
    ),
  };
}

function section(id: string, paragraphs: Paragraph[], subsections: Section[] = []): Section {
  return { id, heading: `${id}、标题`, level: subsections.length > 0 || id.length === 1 ? 1 : 2, paragraphs, subsections };
}

function doc(total: string): NarrativeDocument {
  return {
    title: '2024年度某局决算情况说明',
    style: 'sichuan',
    sections: [
      section('一', [para(`收支总计${total}万元。主要变动原因是`, ['收支总计'], '。')]),
      section('五', [], [section('五.一', [para('一般公共预算支出100.00万元。'), para('第二段。')])]),
    ],
    openItems: [{ id: 'reason:收支总计', placeholder: 'reason', section: '一、标题', description: '请填写原因' }],
  };
}

describe('paragraph keys', () => {
  it('numbers paragraphs per section, subsections included', () => {
    expect(keyedParagraphs(doc('10.00')).map((k) => k.key)).toEqual(['一:0', '五.一:0', '五.一:1']);
  });
});

describe('mergeEdits', () => {
  const generated = paragraphText(doc('10.00').sections[0].paragraphs[0]);

  it('keeps an edit while its paragraph is generated word for word the same', () => {
    expect(mergeEdits(doc('10.00'), { '一:0': edit('收支总计10.00万元，因新增项目。', generated) })).toEqual({ kept: new Map([['一:0', '收支总计10.00万元，因新增项目。']]), stale: [] });
  });

  it('drops an edit whose paragraph has new numbers, keeping it as stale for copying', () => {
    const merged = mergeEdits(doc('12.00'), { '一:0': edit('我的一段', generated), '五.一:1': edit('我的第二段', '第二段。') });
    expect(merged.kept).toEqual(new Map([['五.一:1', '我的第二段']]));
    expect(merged.stale).toEqual([{ key: '一:0', edit: '我的一段' }]);
  });

  it('treats an edit of a paragraph that no longer exists as stale', () => {
    expect(mergeEdits(doc('10.00'), { '九:0': edit('x', 'y') }).stale).toEqual([{ key: '九:0', edit: 'x' }]);
  });
});

describe('applyEdits', () => {
  it('replaces the paragraph by the edit and closes the open items it filled', () => {
    const out = applyEdits(doc('10.00'), new Map([['一:0', '收支总计10.00万元，因新增项目。']]));
    expect(out.sections[0].paragraphs[0].runs).toEqual([{ kind: 'text', text: '收支总计10.00万元，因新增项目。' }]);
    expect(out.openItems).toEqual([]);
    expect(paragraphText(out.sections[1].subsections[0].paragraphs[1])).toBe('第二段。');
  });

  it('keeps the open item while the edit still holds the placeholder', () => {
    expect(applyEdits(doc('10.00'), new Map([['一:0', '总计有变化，原因【请填写变动原因】。']])).openItems.map((o) => o.id)).toEqual(['reason:收支总计']);
  });

  it('returns the document itself when nothing is edited', () => {
    const d = doc('1');
    expect(applyEdits(d, new Map())).toBe(d);
  });
});

describe('supplementWithReasons', () => {
  const sheet: Supplement = {
    sheet: '补充信息',
    facts: new Map([['政府采购支出总额', { item: '政府采购支出总额', text: '12', number: 12, ref: { sheet: '补充信息', address: 'B3' } }]]),
    reasons: new Map([['reason:收支总计', { item: 'reason:收支总计', text: '表里的原因', ref: { sheet: '补充信息', address: 'B9' } }]]),
    budgets: new Map(),
  };

  it('adds the typed reasons over the sheet ones without changing the sheet', () => {
    const out = supplementWithReasons(sheet, typed({ 'reason:收支总计': '窗格里的原因', 'prior:收支总计': '增加1万元' }));
    expect(out?.reasons.get('reason:收支总计')).toEqual({ item: 'reason:收支总计', text: '窗格里的原因', ref: PANE_REF });
    expect(out?.reasons.size).toBe(1);
    expect(out?.facts.get('政府采购支出总额')?.number).toBe(12);
    expect(sheet.reasons.get('reason:收支总计')?.text).toBe('表里的原因');
  });

  it('makes a supplement when the workbook has none, and returns the base when nothing is typed', () => {
    expect(supplementWithReasons(undefined, typed({ 'reason:x': '原因' }))).toEqual({
      sheet: '决算助手',
      facts: new Map(),
      reasons: new Map([['reason:x', { item: 'reason:x', text: '原因', ref: PANE_REF }]]),
      budgets: new Map(),
    });
    expect(supplementWithReasons(sheet, {})).toBe(sheet);
  });
});

describe('fillPlaceholders', () => {
  const gap: NarrativeDocument = {
    title: 't',
    style: 'national',
    sections: [
      {
        id: '一',
        heading: '一、',
        level: 1,
        paragraphs: [{ runs: [{ kind: 'text', text: '与上年相比，' }, { kind: 'placeholder', id: 'prior:收支总计', placeholder: 'prior', text: '【缺少】' }, { kind: 'text', text: '。' }] }],
        subsections: [],
      },
    ],
    openItems: [
      { id: 'prior:收支总计', placeholder: 'prior', section: '一、', description: 'd' },
      { id: 'budget:合计', placeholder: 'budget', section: '一、', description: 'e' },
    ],
  };

  it('puts the typed text in place of the gap, without trailing punctuation, and closes its open item', () => {
    const out = fillPlaceholders(gap, typed({ 'prior:收支总计': '增加10.00万元。' }));
    expect(paragraphText(out.sections[0].paragraphs[0])).toBe('与上年相比，增加10.00万元。');
    expect(out.openItems.map((o) => o.id)).toEqual(['budget:合计']);
  });
});
