import { decodeXmlText } from '../../core/xml-text';

/** Paragraphs of plain text: one per line. */
export function textParagraphs(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim());
}

/** Paragraphs of Markdown: headings' #, emphasis and list marks removed. */
export function markdownParagraphs(text: string): string[] {
  return textParagraphs(text).map((l) =>
    l
      .replace(/^#{1,6}\s+/, '')
      .replace(/^[-*+]\s+/, '')
      .replace(/^>\s?/, '')
      .replace(/\*\*|__|`/g, ''),
  );
}

/** Paragraphs of HTML: block elements end a paragraph; scripts, styles and tags dropped. */
export function htmlParagraphs(html: string): string[] {
  const text = html
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|section|article|title)>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  return textParagraphs(decodeXmlText(text.replace(/&nbsp;/g, ' ')));
}
