/**
 * The fast scanner against saxes: the same events for every XML part of the samples and
 * fixtures, and for tricky text either the same events or a bail-out to saxes — never an
 * event stream for XML that saxes refuses.
 */
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import path from 'path';
import { ScanBail, scanXml } from '../../../src/hosts/xlsx/xml-scan';
import { NotHandled, saxesXml, type Tokenizer } from '../../../src/hosts/xlsx/xml-events';
import { buildFixture, writeXlsx } from '../../factories';

type Event = ['open', string, Record<string, string>, boolean] | ['text', string] | ['close', string];

/** The events, adjacent texts joined (the readers join them too). */
function events(tokenize: Tokenizer, xml: string): Event[] {
  const out: Event[] = [];
  tokenize(xml, {
    open: (tag) => out.push(['open', tag.name, { ...tag.attributes }, tag.isSelfClosing]),
    text: (text) => {
      const last = out[out.length - 1];
      if (last?.[0] === 'text') last[1] += text;
      else out.push(['text', text]);
    },
    close: (name) => out.push(['close', name]),
  });
  return out;
}

function saxesEvents(xml: string): Event[] | 'error' {
  try {
    return events(saxesXml, xml);
  } catch (e) {
    if (e instanceof NotHandled) return 'error';
    throw e;
  }
}

function scanned(xml: string): Event[] | 'bail' {
  try {
    return events(scanXml, xml);
  } catch (e) {
    if (e instanceof ScanBail) return 'bail';
    throw e;
  }
}

async function xmlParts(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n));
  return Promise.all(names.map(async (n) => [n, await zip.file(n)!.async('string')] as [string, string]));
}

describe('scanXml', () => {
  it('gives saxes’s events for every XML part of the samples and a fixture, without giving up on sheets, strings or styles', async () => {
    const dir = path.join(__dirname, '../../../assets/samples');
    const books = [...(await Promise.all(['national-2024.xlsx', 'sichuan-2024.xlsx'].map((f) => fs.readFile(path.join(dir, f))))), await writeXlsx(buildFixture({ formulas: true, clutter: true }).sheets)];
    let checked = 0;
    for (const book of books) {
      for (const [name, xml] of await xmlParts(book)) {
        const fast = scanned(xml);
        if (/worksheets\/sheet|sharedStrings|styles/.test(name)) expect([name, fast === 'bail']).toEqual([name, false]);
        if (fast === 'bail') continue;
        expect(fast).toEqual(saxesEvents(xml));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  const tricky = [
    '<a>x &amp; y &lt;&gt;&quot;&apos; &#20320;&#x597D; &#x1F600;</a>',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a b="1" c=\'2\' d = "x&amp;y&#10;z"/>',
    '\ufeff<a><b/><c></c>text</a>\n',
    '<a>line\r\nnext\rlast</a>',
    '<a b="x\ty"/>',
    '<a b="x\ny"/>',
    '<a><!-- note --></a>',
    '<a><![CDATA[<b>]]></a>',
    '<!DOCTYPE a><a/>',
    '<a><?pi x?></a>',
    '<a><b></a></b>',
    '<a/><b/>',
    '<a/>text',
    'text<a/>',
    '<a></a',
    '<a>',
    '<a b="1" b="2"/>',
    '<a b=1/>',
    '<a b="1"c="2"/>',
    '<a>x & y</a>',
    '<a>&nbsp;</a>',
    '<a>&#0;</a>',
    '<a>&#xD800;</a>',
    '<a>x ]]> y</a>',
    '<a b="<"/>',
    '<a b=">"/>',
    ' <?xml version="1.0"?><a/>',
    '<?xml version="2.0"?><a/>',
    '<?xml version="1.0" encoding="UTF-8" standalone="maybe"?><a/>',
    '<a\u0001/>',
    '<x:a xmlns:x="u"><x:b x:c="1"/></x:a>',
    '<名>x</名>',
    '<a></ a>',
    '<a></a >',
    '< a/>',
    '<a / >',
    '',
    '<a constructor="1" __proto__="2" toString="3" hasOwnProperty="4"/>',
    '<a><b c="1"/><b c="2"/><bb c="3"/><b cc="4"/><b.c c="5"/></a>',
    '<ab></a>',
    '<a></ab>',
    '<a><b></b ></a>',
  ];

  it.each(tricky)('%j: the same events as saxes, or saxes reads it', (xml) => {
    const fast = scanned(xml);
    const reference = saxesEvents(xml);
    if (fast !== 'bail') expect(fast).toEqual(reference);
  });

  it('keeps names apart that share a place in its table of names read before', () => {
    // 600 names over 256 places: many share one; a long name is not kept at all.
    const names = Array.from({ length: 600 }, (_, i) => `n${i.toString(36)}${i % 7 === 0 ? '_a_long_name_here' : ''}`);
    const xml = `<root>${names.map((n, i) => `<${n} ${names[(i * 7) % names.length]}="${i}"/>`).join('')}</root>`;
    const fast = scanned(xml);
    expect(fast).not.toBe('bail');
    expect(fast).toEqual(saxesEvents(xml));
  });

  it('reads plain XML itself (the fast path is taken)', () => {
    expect(scanned(tricky[0])).not.toBe('bail');
    expect(scanned(tricky[1])).not.toBe('bail');
    expect(scanned(tricky[2])).not.toBe('bail');
    expect(scanned('<a><b c="1"/><b c="2"/><bb c="3"/><b cc="4"/><b.c c="5"/></a>')).not.toBe('bail');
  });
});
