import { JuesuanError } from '../../src/core/errors';
import { renderDocx } from '../../src/render/docx';
import { renderText } from '../../src/render/text';
import { HOSTILE, TINY_PNG, doc, para, sampleDocument, section, text } from './factories';
import { attrsOf, pStyle, styleById, unpackDocx } from './docx-package';
import { XmlElement, child, findAll, textOf } from './xml';

const CAPTION = '图1：收、支决算总计变动情况图';
const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

/** The paragraphs of the text output, without blank lines and indent. */
function textParagraphs(): string[] {
  return renderText(sampleDocument())
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.replace(/^\u3000\u3000/, ''));
}

function bodyParagraphs(document: XmlElement): XmlElement[] {
  const body = child(document, 'w:body');
  if (!body) throw new Error('no w:body');
  return body.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'w:p');
}

describe('renderDocx', () => {
  it('writes a valid Office Open XML package whose relationships all resolve', async () => {
    const pkg = await unpackDocx(await renderDocx(sampleDocument()));
    expect(pkg.document.name).toBe('w:document');
    expect(pkg.styles.name).toBe('w:styles');
    const overrides = findAll(pkg.contentTypes, 'Override').map((o) => [o.attrs.PartName, o.attrs.ContentType]);
    expect(overrides).toContainEqual(['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml']);
    expect(overrides).toContainEqual(['/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml']);
    const root = await pkg.zip.file('_rels/.rels')!.async('string');
    expect(root).toContain('Target="word/document.xml"');
    for (const rel of findAll(pkg.rels, 'Relationship')) {
      expect(pkg.zip.file(`word/${rel.attrs.Target}`)).not.toBeNull();
    }
  });

  it('holds the same paragraphs as the text output, styled by paragraph styles', async () => {
    const pkg = await unpackDocx(await renderDocx(sampleDocument()));
    const paragraphs = bodyParagraphs(pkg.document);
    expect(paragraphs.map((p) => textOf(p))).toEqual(textParagraphs());
    expect(paragraphs.map(pStyle)).toEqual([
      'Title', 'Heading1', 'Body', 'Heading1', 'Heading2', 'Body', 'Heading2', 'Body', 'Heading1', 'Body', 'Body',
    ]);
    // Workbook text arrives as text, decoded by the XML parser: no markup was injected.
    expect(textOf(paragraphs[7])).toBe(`用于${HOSTILE}（类）支出3万元；【请补充说明】`);
    // No direct font formatting: a user restyles the report through its styles.
    expect(findAll(pkg.document, 'w:rFonts')).toEqual([]);
    expect(findAll(pkg.document, 'w:sz')).toEqual([]);
  });

  it('lays out an A4 page with the margins of GB/T 9704, in twips', async () => {
    const pkg = await unpackDocx(await renderDocx(sampleDocument()));
    const sectPr = findAll(pkg.document, 'w:sectPr');
    expect(sectPr).toHaveLength(1);
    expect(attrsOf(sectPr[0], 'w:pgSz')).toMatchObject({ 'w:w': String(twips(210)), 'w:h': String(twips(297)) });
    expect(attrsOf(sectPr[0], 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const margins = attrsOf(sectPr[0], 'w:pgMar');
    expect(margins).toMatchObject({ 'w:top': String(twips(37)), 'w:bottom': String(twips(35)), 'w:left': String(twips(28)), 'w:right': String(twips(26)) });
    expect(margins).toMatchObject({ 'w:top': '2098', 'w:bottom': '1984', 'w:left': '1587', 'w:right': '1474' });
  });

  it('defines the official styles in styles.xml', async () => {
    const { styles } = await unpackDocx(await renderDocx(sampleDocument()));
    const ids = findAll(styles, 'w:style').map((s) => s.attrs['w:styleId']);
    expect(new Set(ids).size).toBe(ids.length);

    const body = styleById(styles, 'Body');
    expect(attrsOf(body, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '仿宋_GB2312', 'w:ascii': '仿宋_GB2312' });
    expect(attrsOf(body, 'w:sz')).toEqual({ 'w:val': '32' });
    expect(attrsOf(body, 'w:ind')).toMatchObject({ 'w:firstLineChars': '200', 'w:firstLine': '640' });
    expect(attrsOf(body, 'w:spacing')).toMatchObject({ 'w:line': '560', 'w:lineRule': 'exact' });
    expect(attrsOf(body, 'w:jc')).toEqual({ 'w:val': 'both' });

    const h1 = styleById(styles, 'Heading1');
    expect(attrsOf(h1, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '黑体' });
    expect(attrsOf(h1, 'w:sz')).toEqual({ 'w:val': '32' });
    expect(attrsOf(h1, 'w:outlineLvl')).toEqual({ 'w:val': '0' });
    expect(attrsOf(h1, 'w:spacing')).toMatchObject({ 'w:line': '560', 'w:lineRule': 'exact' });
    expect(findAll(h1, 'w:color')).toEqual([]);

    const h2 = styleById(styles, 'Heading2');
    expect(attrsOf(h2, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '楷体_GB2312' });
    expect(attrsOf(h2, 'w:sz')).toEqual({ 'w:val': '32' });
    expect(attrsOf(h2, 'w:outlineLvl')).toEqual({ 'w:val': '1' });

    const title = styleById(styles, 'Title');
    expect(attrsOf(title, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '方正小标宋简体' });
    expect(attrsOf(title, 'w:sz')).toEqual({ 'w:val': '44' });
    expect(attrsOf(title, 'w:jc')).toEqual({ 'w:val': 'center' });

    const footer = styleById(styles, 'Footer');
    expect(attrsOf(footer, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '宋体' });
    expect(attrsOf(footer, 'w:sz')).toEqual({ 'w:val': '28' });
    expect(attrsOf(footer, 'w:jc')).toEqual({ 'w:val': 'center' });

    const placeholder = styleById(styles, 'Placeholder');
    expect(placeholder.attrs['w:type']).toBe('character');
    expect(attrsOf(placeholder, 'w:highlight')).toEqual({ 'w:val': 'yellow' });

    const defaults = findAll(styles, 'w:docDefaults')[0];
    expect(attrsOf(defaults, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '仿宋_GB2312' });
    expect(attrsOf(defaults, 'w:lang')).toMatchObject({ 'w:eastAsia': 'zh-CN' });
  });

  it('names the fonts without embedding them', async () => {
    const pkg = await unpackDocx(await renderDocx(sampleDocument()));
    expect(Object.keys(pkg.zip.files).filter((f) => f.startsWith('word/fonts/') || f.endsWith('.odttf'))).toEqual([]);
  });

  it('highlights placeholders in yellow', async () => {
    const pkg = await unpackDocx(await renderDocx(sampleDocument()));
    const runs = findAll(pkg.document, 'w:r').filter((r) => textOf(r).startsWith('【'));
    expect(runs.map((r) => textOf(r))).toEqual(['【请填写变动原因】', '【请补充说明】']);
    for (const r of runs) {
      expect(attrsOf(r, 'w:rStyle')).toEqual({ 'w:val': 'Placeholder' });
      expect(attrsOf(r, 'w:highlight')).toEqual({ 'w:val': 'yellow' });
    }
    expect(findAll(pkg.document, 'w:highlight')).toHaveLength(2);
  });

  it('numbers the pages "— 1 —" with a PAGE field in the footer', async () => {
    const pkg = await unpackDocx(await renderDocx(sampleDocument()));
    const footer = await pkg.related('footer');
    expect(footer.name).toBe('w:ftr');
    const [p] = findAll(footer, 'w:p');
    expect(pStyle(p)).toBe('Footer');
    expect(textOf(p)).toBe('—  —');
    expect(textOf(p, 'w:instrText').trim()).toBe('PAGE');
    expect(findAll(p, 'w:fldChar').map((f) => f.attrs['w:fldCharType'])).toEqual(['begin', 'separate', 'end']);
    const ref = attrsOf(findAll(pkg.document, 'w:sectPr')[0], 'w:footerReference')!;
    const rel = findAll(pkg.rels, 'Relationship').find((r) => r.attrs.Id === ref['r:id'])!;
    expect(rel.attrs.Type).toMatch(/\/footer$/);
  });

  it('lists the open items on a page of their own, or leaves them out when asked', async () => {
    const withItems = bodyParagraphs((await unpackDocx(await renderDocx(sampleDocument()))).document);
    const heading = withItems.find((p) => textOf(p) === '待补充事项')!;
    expect(findAll(heading, 'w:pageBreakBefore')).toHaveLength(1);

    const without = bodyParagraphs((await unpackDocx(await renderDocx(sampleDocument(), { openItems: false }))).document);
    expect(without.map((p) => textOf(p))).toEqual(textParagraphs().slice(0, -3));
  });

  describe('charts', () => {
    it('places the picture after the paragraph that names it, with its caption centred below', async () => {
      const bytes = await renderDocx(sampleDocument(), { charts: { 图1: { png: TINY_PNG, width: 1200, height: 600 } } });
      const pkg = await unpackDocx(bytes);
      const media = Object.keys(pkg.zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
      expect(media).toHaveLength(1);
      expect(new Uint8Array(await pkg.zip.file(media[0])!.async('uint8array'))).toEqual(TINY_PNG);
      expect(findAll(pkg.contentTypes, 'Default').some((d) => d.attrs.Extension === 'png' && d.attrs.ContentType === 'image/png')).toBe(true);
      const imageRel = findAll(pkg.rels, 'Relationship').find((r) => r.attrs.Type.endsWith('/image'))!;
      expect(`word/${imageRel.attrs.Target}`).toBe(media[0]);

      const paragraphs = bodyParagraphs(pkg.document);
      const texts = textParagraphs();
      expect(paragraphs.map((p) => textOf(p))).toEqual([...texts.slice(0, 3), '', CAPTION, ...texts.slice(3)]);
      const [figure, caption] = [paragraphs[3], paragraphs[4]];
      expect(pStyle(figure)).toBe('Figure');
      expect(attrsOf(figure, 'a:blip')?.['r:embed']).toBe(imageRel.attrs.Id);
      expect(pStyle(caption)).toBe('Caption');

      // Shrunk to the 156 mm text width (36 000 EMU per mm), aspect kept.
      const extent = attrsOf(figure, 'wp:extent')!;
      expect(Math.abs(Number(extent.cx) - 156 * 36000)).toBeLessThan(10000);
      expect(Math.abs(Number(extent.cy) - 78 * 36000)).toBeLessThan(10000);

      const styles = pkg.styles;
      expect(attrsOf(styleById(styles, 'Figure'), 'w:spacing')).toMatchObject({ 'w:lineRule': 'auto' });
      expect(attrsOf(styleById(styles, 'Figure'), 'w:jc')).toEqual({ 'w:val': 'center' });
      expect(attrsOf(styleById(styles, 'Caption'), 'w:jc')).toEqual({ 'w:val': 'center' });
    });

    it('draws a small picture at its own size', async () => {
      const pkg = await unpackDocx(await renderDocx(sampleDocument(), { charts: { 图1: { png: TINY_PNG, width: 100, height: 50 } } }));
      expect(attrsOf(pkg.document, 'wp:extent')).toEqual({ cx: String(100 * 9525), cy: String(50 * 9525) });
    });

    it('prints neither picture nor caption for a chart not given', async () => {
      const pkg = await unpackDocx(await renderDocx(sampleDocument(), { charts: { 图9: { png: TINY_PNG, width: 10, height: 10 } } }));
      expect(findAll(pkg.document, 'w:drawing')).toEqual([]);
      expect(Object.keys(pkg.zip.files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
      expect(bodyParagraphs(pkg.document).map((p) => textOf(p))).toEqual(textParagraphs());
    });

    it('refuses bytes that are not a PNG and sizes that are not positive', async () => {
      await expect(renderDocx(sampleDocument(), { charts: { 图1: { png: new Uint8Array([1, 2, 3]), width: 10, height: 10 } } })).rejects.toThrow(JuesuanError);
      await expect(renderDocx(sampleDocument(), { charts: { 图1: { png: TINY_PNG, width: 0, height: 10 } } })).rejects.toThrow('图表“图1”的图片尺寸无效');
    });
  });

  it('keeps the package well-formed when workbook text holds control characters', async () => {
    const d = doc([section('一', '一、标题\u0001', 1, [para([text('甲\u0000乙\u000b丙\n丁')])])]);
    const pkg = await unpackDocx(await renderDocx(d));
    expect(bodyParagraphs(pkg.document).map((p) => textOf(p))).toEqual(['2024年度某市科学技术局决算情况说明', '一、标题', '甲乙丙 丁']);
  });
});

describe('renderDocx: the title', () => {
  const long = { ...sampleDocument(), title: '2024年度某市科学技术局机关后勤服务中心决算情况说明', titleParts: { unit: '某市科学技术局机关后勤服务中心', rest: '2024年度决算情况说明' } };

  it('keeps a title that fits the 156 mm line on one line', async () => {
    const pkg = await unpackDocx(await renderDocx(sampleDocument()));
    const title = bodyParagraphs(pkg.document)[0];
    expect(findAll(title, 'w:br')).toHaveLength(0);
  });

  it('breaks a longer one after the unit, in one title paragraph', async () => {
    const pkg = await unpackDocx(await renderDocx(long));
    const title = bodyParagraphs(pkg.document)[0];
    expect(findAll(title, 'w:br')).toHaveLength(1);
    expect(findAll(title, 'w:r').map((r) => textOf(r))).toEqual(['某市科学技术局机关后勤服务中心', '2024年度决算情况说明']);
  });
});
