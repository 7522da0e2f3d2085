import { NarrativeDocument } from '../core/narrative/document';
import { OPEN_ITEMS_HEADING, cleanText, documentBlocks, openItemLines, openItemText, plainParagraph } from './blocks';

/** Two full-width spaces: the first-line indent of a Chinese paragraph in plain text. */
export const TEXT_INDENT = '\u3000\u3000';

/**
 * The document as plain text: the title, a blank line, then each heading on its own line
 * and each body paragraph on one line indented with two full-width spaces; when items are
 * open, a blank line, "待补充事项" and the numbered items. Chart captions are not printed,
 * since plain text carries no chart. Ends with a newline.
 */
export function renderText(doc: NarrativeDocument): string {
  const lines: string[] = [cleanText(doc.title), ''];
  for (const block of documentBlocks(doc)) {
    lines.push(block.kind === 'heading' ? block.text : TEXT_INDENT + plainParagraph(block.paragraph));
  }
  const items = openItemLines(doc);
  if (items.length > 0) {
    lines.push('', OPEN_ITEMS_HEADING);
    items.forEach((item, i) => lines.push(TEXT_INDENT + openItemText(item, i)));
  }
  return lines.join('\n') + '\n';
}
