import { findAll, parseXml, textOf } from './xml';

/** The test parser must reject what is not well-formed, or the .docx checks prove nothing. */
describe('parseXml (test helper)', () => {
  it('reads elements, attributes, entities and text', () => {
    const root = parseXml('<?xml version="1.0"?><a x="1 &amp; 2"><w:t>&lt;b&gt; &#x4E00;&#20108;</w:t><b/></a>');
    expect(root.attrs.x).toBe('1 & 2');
    expect(textOf(root)).toBe('<b> 一二');
    expect(findAll(root, 'b')).toHaveLength(1);
  });

  it.each([
    ['mismatched tags', '<a><b></a></b>'],
    ['unclosed root', '<a><b/>'],
    ['two roots', '<a/><b/>'],
    ['raw < in text', '<a>1 < 2</a>'],
    ['unknown entity', '<a>&nbsp;</a>'],
    ['unquoted attribute', '<a x=1/>'],
    ['duplicate attribute', '<a x="1" x="2"/>'],
  ])('rejects %s', (_what, xml) => {
    expect(() => parseXml(xml)).toThrow(/XML error/);
  });
});
