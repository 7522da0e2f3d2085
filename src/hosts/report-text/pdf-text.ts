/**
 * Paragraphs of a PDF through pdf.js: each page's text items (TextContent.items, each with
 * `str`, `transform` [a b c d x y] and `hasEOL`; pdf.js api.js getTextContent) grouped into
 * lines by their baseline, lines re-joined into paragraphs. A paragraph starts at a heading
 * (一、 （一） 1.), at an indented first line, or after a gap larger than the line spacing.
 * Chinese text is joined without spaces, so a figure broken over two lines is whole again.
 */

/** The part of pdf.js this reader uses (pdfjs-dist's getDocument), so any build can be passed. */
export interface PdfJs {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; disableFontFace?: boolean; useSystemFonts?: boolean; verbosity?: number }): {
    promise: Promise<PdfDocument>;
  };
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
  destroy(): Promise<void>;
}

interface TextItem {
  str: string;
  transform: number[];
  height?: number;
}

interface Line {
  x: number;
  y: number;
  size: number;
  text: string;
}

const HEADING = /^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)])/;
/** A numbered item (1.) starts a paragraph but does not end one at its line's end. */
const ITEM = /^\d+[.．、](?!\d)/;

/**
 * Fonts often map CJK glyphs to radical code points (⼀ U+2F00, ⻓ U+2ED3) that pdf.js passes
 * through: Kangxi radicals have NFKC equivalents, the radicals supplement is mapped here.
 */
const RADICALS: Record<string, string> = {
  '⻓': '长', '⻔': '门', '⻅': '见', '⻢': '马', '⻛': '风', '⻜': '飞', '⻋': '车', '⻘': '青', '⻙': '韦', '⻚': '页',
  '⻬': '齐', '⻰': '龙', '⻆': '角', '⻄': '西', '⻉': '贝', '⻊': '足', '⻨': '麦', '⻩': '黄', '⻥': '鱼', '⻦': '鸟', '⻝': '饣', '⻈': '讠', '⻣': '骨',
};

/** Text as the schedules write it: radicals to ideographs, then back to full-width brackets. */
export function pdfText(text: string): string {
  return text
    .replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c)
    .normalize('NFKC')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/;/g, '；')
    .replace(/(?<!\d),|,(?!\d)/g, '，');
}

const isText = (item: unknown): item is TextItem => typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;

function pageLines(items: unknown[]): Line[] {
  const lines: Line[] = [];
  for (const item of items.filter(isText)) {
    if (item.str === '') continue;
    const [, , , d, x, y] = item.transform;
    const size = Math.abs(d) || item.height || 10;
    const line = lines.find((l) => Math.abs(l.y - y) < size / 2);
    if (line) {
      line.text += pdfText(item.str);
      line.x = Math.min(line.x, x);
    } else lines.push({ x, y, size, text: pdfText(item.str) });
  }
  // Top of the page first (PDF y grows upwards).
  return lines.sort((a, b) => b.y - a.y).map((l) => ({ ...l, text: l.text.replace(/\s+/g, ' ').trim() })).filter((l) => l.text !== '');
}

/** Join the lines of all pages into paragraphs. */
export function linesToParagraphs(pages: Line[][]): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) out.push(current.trim());
    current = '';
  };
  for (const lines of pages) {
    const left = Math.min(...lines.map((l) => l.x));
    lines.forEach((l, i) => {
      const indented = l.x > left + l.size;
      const gap = i > 0 ? lines[i - 1].y - l.y > l.size * 2.2 : false;
      const heading = HEADING.test(l.text) || ITEM.test(l.text);
      const previousHeading = i > 0 && HEADING.test(lines[i - 1].text) && lines[i - 1].text.length <= 40 && !/[。；]/.test(lines[i - 1].text);
      if (heading || indented || gap || previousHeading) flush();
      // Chinese lines join without a space; Latin words and numbers keep one.
      current += current && /[A-Za-z]$/.test(current) && /^[A-Za-z]/.test(l.text) ? ` ${l.text}` : l.text;
    });
  }
  // A paragraph running over a page break goes on: the next page's first line is not indented.
  flush();
  return out;
}

/**
 * Paragraphs of the PDF in `bytes`. Evaluation of font programs is off (pdf.js
 * isEvalSupported, the mitigation of CVE-2024-4367), and no font is loaded: only text. pdf.js
 * refuses a Node Buffer, so the bytes are copied into a plain Uint8Array.
 */
export async function pdfParagraphs(pdfjs: PdfJs, bytes: Uint8Array): Promise<string[]> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  try {
    const pages: Line[][] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(pageLines((await (await doc.getPage(n)).getTextContent()).items));
    return linesToParagraphs(pages);
  } finally {
    await doc.destroy();
  }
}
