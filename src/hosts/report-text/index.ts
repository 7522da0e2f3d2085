import { ReportUnreadableError } from '../../core/errors';
import { docxParagraphs } from './docx-text';
import { PdfJs, pdfParagraphs } from './pdf-text';
import { htmlParagraphs, markdownParagraphs, textParagraphs } from './plain-text';

/**
 * A written report (决算情况说明) as paragraphs, for `verify`: Word, PDF, plain text,
 * Markdown or HTML, told apart by the file's first bytes, then its extension.
 */
export { docxParagraphs } from './docx-text';
export { pdfParagraphs, linesToParagraphs } from './pdf-text';
export type { PdfJs } from './pdf-text';
export { htmlParagraphs, markdownParagraphs, textParagraphs } from './plain-text';

export const REPORT_EXTENSIONS = ['.docx', '.pdf', '.txt', '.md', '.html', '.htm'];

const startsWith = (bytes: Uint8Array, text: string) => text.split('').every((c, i) => bytes[i] === c.charCodeAt(0));

/**
 * Paragraphs of the report in `bytes` named `file`. `pdfjs` is the pdf.js build of the host.
 * @throws ReportUnreadableError naming the file when it cannot be read as a report.
 */
export async function reportParagraphs(bytes: Uint8Array, file: string, pdfjs: () => PdfJs): Promise<string[]> {
  const ext = /\.[^.\\/]+$/.exec(file.toLowerCase())?.[0] ?? '';
  try {
    if (startsWith(bytes, '%PDF')) return await pdfParagraphs(pdfjs(), bytes);
    if (startsWith(bytes, 'PK\u0003\u0004')) return await docxParagraphs(bytes);
    if (ext === '.pdf' || ext === '.docx') throw new Error(ext === '.pdf' ? '文件头不是 %PDF' : '不是 zip 格式');
    if (ext === '.doc') throw new Error('旧版 .doc 格式不支持，请另存为 .docx');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    if (ext === '.html' || ext === '.htm' || /^\s*<(!doctype|html)/i.test(text)) return htmlParagraphs(text);
    if (ext === '.md') return markdownParagraphs(text);
    return textParagraphs(text);
  } catch (e) {
    if (e instanceof ReportUnreadableError) throw e;
    const detail = e instanceof TypeError && /decode|encoded/i.test(e.message) ? '不是 UTF-8 编码的文本' : (e as Error).message;
    throw new ReportUnreadableError(`报告文件“${file}”无法读取：${detail}。请提供 .docx、.pdf、.txt、.md 或 .html 文件。`, { file });
  }
}
