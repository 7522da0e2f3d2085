import { NarrativeDocument, Paragraph, Section, paragraphText } from '../../../src/core/narrative/document';
import { Annotations } from '../../../src/hosts/workbook-host';
import {
  EDIT_PREFIX,
  applyEdits,
  decodeEdit,
  editsFromAnnotations,
  encodeEdit,
  keyedParagraphs,
  mergeEdits,
  withEdit,
} from '../../../src/taskpane/report/edits';

const NOW = new Date('2025-03-01T08:00:00Z');

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

describe('stored edits', () => {
  it('round-trips an edit through the annotation text', () => {
    expect(decodeEdit(encodeEdit({ text: '我的文字', generated: '生成的' }))).toEqual({ text: '我的文字', generated: '生成的' });
    expect(decodeEdit('not json')).toBeUndefined();
    expect(decodeEdit(JSON.stringify({ text: '  ', generated: 'x' }))).toBeUndefined();
  });

  it('keeps edits under report-edit:<key> and drops empty or unchanged ones', () => {
    let a: Annotations = { 'W-01@表1!B9': { explanation: '审核说明', updatedAt: 'x' } };
    a = withEdit(a, '一:0', { text: ' 新文字 ', generated: '旧文字' }, NOW);
    expect(a[`${EDIT_PREFIX}一:0`]).toEqual({ explanation: '{"text":"新文字","generated":"旧文字"}', updatedAt: '2025-03-01T08:00:00.000Z' });
    expect(editsFromAnnotations(a)).toEqual(new Map([['一:0', { text: '新文字', generated: '旧文字' }]]));
    expect(Object.keys(withEdit(a, '一:0', { text: '旧文字', generated: '旧文字' }, NOW))).toEqual(['W-01@表1!B9']);
    expect(Object.keys(withEdit(a, '一:0', undefined, NOW))).toEqual(['W-01@表1!B9']);
  });
});

describe('mergeEdits', () => {
  const before = doc('10.00');
  const generated = paragraphText(before.sections[0].paragraphs[0]);

  it('keeps an edit while its paragraph is generated word for word the same', () => {
    const stored = new Map([['一:0', { text: '收支总计10.00万元，因新增项目。', generated }]]);
    expect(mergeEdits(doc('10.00'), stored)).toEqual({ kept: new Map([['一:0', '收支总计10.00万元，因新增项目。']]), stale: [] });
  });

  it('drops an edit whose paragraph has new numbers, keeping it as stale for copying', () => {
    const stored = new Map([
      ['一:0', { text: '我的一段', generated }],
      ['五.一:1', { text: '我的第二段', generated: '第二段。' }],
    ]);
    const merged = mergeEdits(doc('12.00'), stored);
    expect(merged.kept).toEqual(new Map([['五.一:1', '我的第二段']]));
    expect(merged.stale).toEqual([{ key: '一:0', edit: '我的一段' }]);
  });

  it('treats an edit of a paragraph that no longer exists as stale', () => {
    expect(mergeEdits(doc('10.00'), new Map([['九:0', { text: 'x', generated: 'y' }]])).stale).toEqual([{ key: '九:0', edit: 'x' }]);
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
    const out = applyEdits(doc('10.00'), new Map([['一:0', '总计有变化，原因【请填写变动原因】。']]));
    expect(out.openItems.map((o) => o.id)).toEqual(['reason:收支总计']);
  });

  it('returns the document itself when nothing is edited', () => {
    const d = doc('1');
    expect(applyEdits(d, new Map())).toBe(d);
  });
});
