import JSZip from 'jszip';
import { decodeXmlText } from '../../core/xml-text';

/**
 * Paragraphs of a .docx (WordprocessingML): each <w:p> of word/document.xml is one
 * paragraph, its text the <w:t> runs joined, <w:tab/> as a space and <w:br/> as a line
 * break (ECMA-376 Part 1, §17.3.1.22 p, §17.3.3.31 t). Browser-safe: JSZip only.
 * @throws Error when the bytes are not a zip or hold no word/document.xml.
 */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('不是 Word 文档（缺少 word/document.xml）');
  const xml = await part.async('string');
  const out: string[] = [];
  for (const p of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let text = '';
    for (const m of p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      if (m[1] !== undefined) text += decodeXmlText(m[1]);
      else text += m[0] === '<w:tab/>' ? ' ' : '\n';
    }
    out.push(text);
  }
  return out;
}
