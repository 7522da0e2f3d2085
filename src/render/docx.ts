import { Document, Footer, ImageRun, Packer, PageNumber, Paragraph as DocxParagraph, TextRun } from 'docx';
import { JuesuanError } from '../core/errors';
import { NarrativeDocument, Paragraph, Run } from '../core/narrative/document';
import { PRINTED_TITLE_CHARS, titleLines } from '../core/narrative/title';
import { OPEN_ITEMS_HEADING, cleanText, documentBlocks, openItemLines, openItemText } from './blocks';
import { StoredPictures, startsLikePng } from './docx-pictures';
import { DOCUMENT_STYLES, FOOTER_MM, PAGE_MM, STYLE_ID, TEXT_WIDTH_MM, mmToTwip } from './docx-styles';

/** A chart picture to place after the paragraph that names it. */
export interface DocxChartImage {
  /** The PNG file's bytes. */
  png: Uint8Array;
  /** The picture's size in pixels (96 per inch); drawn at that size, shrunk to fit the text width. */
  width: number;
  height: number;
}

export interface DocxOptions {
  /** Chart pictures keyed by chart id (图1 …). A chart without a picture is left out, caption included. */
  charts?: Record<string, DocxChartImage>;
  /** Whether to list the open items under "待补充事项" on a last page of their own (default true). */
  openItems?: boolean;
}

/** The text block's width in pixels at 96 per inch (156 mm ≈ 589.6 px). */
const TEXT_WIDTH_PX = (TEXT_WIDTH_MM / 25.4) * 96;

function runToDocx(run: Run): TextRun {
  const text = cleanText(run.text);
  if (run.kind === 'placeholder') {
    // The character style names the gap for restyling; the direct highlight is what Word
    // is sure to show, since Word's style dialog has no highlight of its own.
    return new TextRun({ text, style: STYLE_ID.placeholder, highlight: 'yellow' });
  }
  return new TextRun(text);
}

function checkedImage(chartId: string, image: DocxChartImage): DocxChartImage {
  const { png, width, height } = image;
  if (!(Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0)) {
    throw new JuesuanError(`图表“${chartId}”的图片尺寸无效（宽 ${width}、高 ${height}）。`);
  }
  if (!startsLikePng(png)) {
    throw new JuesuanError(`图表“${chartId}”的图片不是 PNG 格式。`);
  }
  return image;
}

/** The picture (shrunk to the text width, never enlarged) and its caption centred below. */
function chartParagraphs(chart: { id: string; caption: string }, image: DocxChartImage, pictures: StoredPictures): DocxParagraph[] {
  const { png, width, height } = checkedImage(chart.id, image);
  const scale = Math.min(1, TEXT_WIDTH_PX / width);
  const caption = cleanText(chart.caption);
  const picture = new ImageRun({
    type: 'png',
    data: pictures.standIn(png),
    transformation: { width: width * scale, height: height * scale },
    altText: { name: chart.id, title: caption, description: caption },
  });
  return [
    new DocxParagraph({ style: STYLE_ID.figure, children: [picture] }),
    new DocxParagraph({ style: STYLE_ID.caption, children: [new TextRun(caption)] }),
  ];
}

function bodyParagraphs(p: Paragraph, charts: DocxOptions['charts'], pictures: StoredPictures): DocxParagraph[] {
  const out = [new DocxParagraph({ style: STYLE_ID.body, children: p.runs.map(runToDocx) })];
  const image = p.chart ? charts?.[p.chart.id] : undefined;
  if (p.chart && image) out.push(...chartParagraphs(p.chart, image, pictures));
  return out;
}

function openItemParagraphs(doc: NarrativeDocument): DocxParagraph[] {
  const items = openItemLines(doc);
  if (items.length === 0) return [];
  return [
    // A page of its own: a working list the user deletes before publishing.
    new DocxParagraph({ style: STYLE_ID.heading1, pageBreakBefore: true, children: [new TextRun(OPEN_ITEMS_HEADING)] }),
    ...items.map((item, i) => new DocxParagraph({ style: STYLE_ID.body, children: [new TextRun(openItemText(item, i))] })),
  ];
}

/** "— 1 —", centred: the PAGE field between two em dashes. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [new DocxParagraph({ style: STYLE_ID.footer, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })],
  });
}

/**
 * The document as a Word file (.docx) in the official style (GB/T 9704): A4 with margins
 * 37/35/28/26 mm, the styles Title (方正小标宋简体 22 pt, centred), Heading1 (黑体 16 pt),
 * Heading2 (楷体_GB2312 16 pt) and Body (仿宋_GB2312 16 pt, indent two characters, exact
 * 28 pt lines) in styles.xml, placeholders highlighted yellow, page numbers "— 1 —" in the
 * footer. A paragraph that names a chart given in `options.charts` is followed by the
 * picture and its caption; a chart not given is left out, caption included. Open items
 * are listed on a last page unless `options.openItems` is false. Fonts are named, not
 * embedded; the pictures are stored in the zip as they are (docx-pictures.ts), the other
 * parts deflated.
 */
export async function renderDocx(doc: NarrativeDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  // A title too long for one line breaks after the unit (titleLines), in one paragraph.
  const title = titleLines(doc, PRINTED_TITLE_CHARS).map((line, i) => new TextRun({ text: cleanText(line), ...(i > 0 ? { break: 1 } : {}) }));
  const children: DocxParagraph[] = [new DocxParagraph({ style: STYLE_ID.title, children: title })];
  const pictures = new StoredPictures();
  for (const block of documentBlocks(doc)) {
    if (block.kind === 'heading') {
      const style = block.level === 1 ? STYLE_ID.heading1 : STYLE_ID.heading2;
      children.push(new DocxParagraph({ style, children: [new TextRun(block.text)] }));
    } else {
      children.push(...bodyParagraphs(block.paragraph, options.charts, pictures));
    }
  }
  if (options.openItems !== false) children.push(...openItemParagraphs(doc));

  const file = new Document({
    title: cleanText(doc.title),
    creator: '决算助手',
    styles: DOCUMENT_STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: mmToTwip(PAGE_MM.width), height: mmToTwip(PAGE_MM.height) },
            margin: {
              top: mmToTwip(PAGE_MM.top),
              bottom: mmToTwip(PAGE_MM.bottom),
              left: mmToTwip(PAGE_MM.left),
              right: mmToTwip(PAGE_MM.right),
              footer: mmToTwip(FOOTER_MM),
            },
          },
        },
        footers: { default: pageNumberFooter() },
        children,
      },
    ],
  });
  // Uint8Array rather than a Node Buffer: the add-in renders in the browser too.
  return pictures.restore(await Packer.pack(file, 'uint8array'));
}
