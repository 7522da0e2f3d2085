/**
 * The chart pictures stored in the Word file (src/render/docx-pictures.ts): docx packs
 * stand-ins, which are then replaced by the pictures, stored rather than deflated. The
 * package must be the one docx writes when given the pictures themselves.
 */
import JSZip from 'jszip';
import { renderDocx } from '../../src/render/docx';
import { StoredPictures } from '../../src/render/docx-pictures';
import { unpackDocx, zipMethods } from './docx-package';
import { TINY_PNG, doc, para, section, text } from './factories';

/** A 2×1 PNG (a red and a blue pixel). */
const WIDE_PNG = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==', 'base64'));

/** Three charts, the third the same picture as the first. */
function chartedDocument() {
  const chart = (n: number) => para([text(`第${n}段。`)], { id: `图${n}`, caption: `图${n}：示意图` });
  return doc([section('一', '一、总体情况', 1, [chart(1), chart(2), chart(3)])]);
}
const CHARTS = {
  图1: { png: TINY_PNG, width: 100, height: 100 },
  图2: { png: WIDE_PNG, width: 200, height: 100 },
  图3: { png: TINY_PNG, width: 100, height: 100 },
};

/** What docx's Packer writes with the pictures themselves: renderDocx with the stand-ins turned off. */
async function packedByDocx(): Promise<Uint8Array> {
  const standIn = jest.spyOn(StoredPictures.prototype, 'standIn').mockImplementation((png) => png);
  const restore = jest.spyOn(StoredPictures.prototype, 'restore').mockImplementation((packed) => Promise.resolve(packed));
  try {
    return await renderDocx(chartedDocument(), { charts: CHARTS });
  } finally {
    standIn.mockRestore();
    restore.mockRestore();
  }
}

/**
 * Each part's bytes in zip order, with what differs between two packings blanked: the
 * creation and modification times in core.xml, and the drawings' ids, which docx takes
 * from a counter of the process (docPropertiesUniqueNumericId) and are renumbered here
 * from 1 in the order they come.
 */
async function parts(bytes: Uint8Array): Promise<[string, Buffer][]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: [string, Buffer][] = [];
  for (const name of Object.keys(zip.files)) {
    let data = await zip.file(name)!.async('nodebuffer');
    if (name === 'docProps/core.xml') data = Buffer.from(data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1'));
    let drawing = 0;
    if (name === 'word/document.xml') data = Buffer.from(data.toString('utf8').replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++drawing}"`));
    out.push([name, data]);
  }
  return out;
}

describe('renderDocx: chart pictures', () => {
  it('stores the pictures and deflates the other parts', async () => {
    const methods = zipMethods(await renderDocx(chartedDocument(), { charts: CHARTS }));
    const media = [...methods].filter(([name]) => name.startsWith('word/media/'));
    expect(media).toEqual([
      ['word/media/image1.png', 0],
      ['word/media/image2.png', 0],
    ]);
    expect([...methods].filter(([name]) => !name.startsWith('word/media/')).every(([, method]) => method === 8)).toBe(true);
    // docx's own package deflates everything.
    expect(zipMethods(await packedByDocx()).get('word/media/image1.png')).toBe(8);
  });

  it('writes the parts docx writes with the pictures themselves, in the same order', async () => {
    const ours = await parts(await renderDocx(chartedDocument(), { charts: CHARTS }));
    const theirs = await parts(await packedByDocx());
    expect(ours.map(([name]) => name)).toEqual(theirs.map(([name]) => name));
    for (const [i, [name, data]] of ours.entries()) expect([name, data.equals(theirs[i][1])]).toEqual([name, true]);
    const pkg = await unpackDocx(await renderDocx(chartedDocument(), { charts: CHARTS }));
    expect(new Uint8Array(await pkg.zip.file('word/media/image2.png')!.async('uint8array'))).toEqual(WIDE_PNG);
  });

  it('leaves a package without pictures as docx packed it', async () => {
    const packed = new Uint8Array([1, 2, 3]);
    await expect(new StoredPictures().restore(packed)).resolves.toBe(packed);
  });

  it('gives the same bytes the same stand-in, and other bytes another', () => {
    const pictures = new StoredPictures();
    const [a, b, c] = [TINY_PNG, WIDE_PNG, TINY_PNG.slice()].map((png) => pictures.standIn(png));
    expect(c).toEqual(a);
    expect(b).not.toEqual(a);
    expect(a.length).toBeLessThan(TINY_PNG.length);
  });
});
