import { cleanText, documentBlocks, openItemLines, openItemText } from '../../src/render/blocks';
import { doc, para, placeholder, section, text } from './factories';

describe('documentBlocks', () => {
  it('walks sections depth-first: heading, own paragraphs, then subsections', () => {
    const d = doc([
      section('五', '五、甲', 1, [para([text('p0')])], [section('五.一', '（一）乙', 2, [para([text('p1')])]), section('五.二', '（二）丙', 2, [])]),
      section('六', '六、丁', 1, []),
    ]);
    expect(documentBlocks(d).map((b) => (b.kind === 'heading' ? `${b.level}:${b.text}` : b.paragraph.runs[0].text))).toEqual([
      '1:五、甲', 'p0', '2:（一）乙', 'p1', '2:（二）丙', '1:六、丁',
    ]);
  });
});

describe('cleanText', () => {
  it('turns each line break into one space and drops characters XML forbids', () => {
    expect(cleanText('a\r\nb\rc\nd\te')).toBe('a b c d e');
    expect(cleanText('x\u0000\u0008\u000b\u001f\uffffy')).toBe('xy');
    expect(cleanText('\ud800z 𠀀')).toBe('z 𠀀');
  });
});

describe('openItemLines', () => {
  it('takes the suggestions of the placeholder with the same id', () => {
    const d = doc(
      [section('一', '一、甲', 1, [para([placeholder('r1', 'reason', '【请填写变动原因】', ['A', 'B'])])])],
      [
        { id: 'r1', placeholder: 'reason', section: '一、甲', description: '请填写原因' },
        { id: 'p9', placeholder: 'prior', section: '', description: '请提供上年决算表' },
      ],
    );
    const lines = openItemLines(d);
    expect(lines.map(openItemText)).toEqual(['1．一、甲：请填写原因（可参考：A；B）', '2．请提供上年决算表']);
  });
});
