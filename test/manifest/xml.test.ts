import { allElements, parseXml } from './xml';

describe('parseXml (the manifest check\'s XML reader)', () => {
  it('reads elements, attributes, entities, comments and CDATA', () => {
    const root = parseXml(`<?xml version="1.0" encoding="UTF-8"?>
<!-- note -->
<a x="1 &amp; 2" y='a > b'><b>t&lt;1&#x4E2D;</b><c/><![CDATA[<raw>]]></a>`);
    expect(root.name).toBe('a');
    expect(root.attrs).toEqual({ x: '1 & 2', y: 'a > b' });
    expect(root.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(root.children[0].text).toBe('t<1中');
    expect(root.text).toBe('<raw>');
    expect(allElements(root).map((e) => e.name)).toEqual(['a', 'b', 'c']);
  });

  it.each([
    ['<a><b></a></b>', '</a> closes <b>'],
    ['<a>', '<a> is never closed'],
    ['<a/><b/>', 'second root element <b>'],
    ['<a x="1" x="2"/>', 'duplicate attribute x'],
    ['<a>fish & chips</a>', '"&" that starts no entity reference'],
    ['<a>&nbsp;</a>', 'unknown entity &nbsp;'],
    ['<a x="<"/>', '"<" inside text or an attribute value'],
    ['<a x=1/>', 'malformed attributes'],
    ['text<a/>', 'text outside the root element'],
    ['<a><!-- a -- b --></a>', '"--" inside a comment'],
    ['<1a/>', 'bad element name'],
    ['<a/>\n<?xml version="1.0"?>', 'XML declaration not at the start'],
    ['', 'no root element'],
  ])('rejects %j', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });

  it('names the line of the problem', () => {
    expect(() => parseXml('<a>\n<b>\n</c>\n</a>')).toThrow('line 3: </c> closes <b> (line 2)');
  });
});
