import { NarrativeDocument, Run } from '../core/narrative/document';
import { OPEN_ITEMS_HEADING, cleanText, documentBlocks, openItemLines } from './blocks';

/**
 * Characters escaped anywhere in Markdown: emphasis, code, links, raw HTML and entities, closing #,
 * tables. The dot, hyphen and brackets of "17.80" or "（类）" are left alone so the source
 * stays readable; they only matter at the start of a line (below).
 */
const INLINE_SPECIAL = new Set(['\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '#']);

/** Escapes workbook text for Markdown, so a label never becomes markup or raw HTML. */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (const ch of cleanText(text)) out += INLINE_SPECIAL.has(ch) ? '\\' + ch : ch;
  return out;
}

/**
 * Keeps a line from opening a block it is not: a list (-, +, 1. or 1)), a rule or setext
 * underline, or an indented code block. (#, > and * are escaped wherever they stand.)
 */
function guardLineStart(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, '');
  const first = trimmed.charAt(0);
  if (first === '-' || first === '+' || first === '=') return '\\' + trimmed;
  let digits = 0;
  while (digits < trimmed.length && trimmed.charAt(digits) >= '0' && trimmed.charAt(digits) <= '9') digits++;
  const after = trimmed.charAt(digits);
  if (digits > 0 && (after === '.' || after === ')')) return trimmed.slice(0, digits) + '\\' + trimmed.slice(digits);
  return trimmed;
}

/**
 * A placeholder in bold. The asterisks go inside the brackets (【**请填写变动原因**】): CommonMark
 * does not open emphasis on "**" between a letter and punctuation, so "原因是**【…】**"
 * would print its asterisks, while "【**…**】" is bold wherever it stands.
 */
function placeholderMarkdown(text: string): string {
  const clean = cleanText(text);
  if (clean.length > 2 && clean.startsWith('【') && clean.endsWith('】')) {
    return `【**${escapeMarkdown(clean.slice(1, -1))}**】`;
  }
  return clean === '' ? '' : `**${escapeMarkdown(clean)}**`;
}

function runMarkdown(run: Run): string {
  return run.kind === 'placeholder' ? placeholderMarkdown(run.text) : escapeMarkdown(run.text);
}

/**
 * The document as Markdown: "# title", "## 一、…" for level-1 and "### （一）…" for level-2
 * headings, one paragraph per block with placeholders in bold, and when items are open a
 * "## 待补充事项" numbered list with each item's suggestions. Chart captions are not
 * printed (no image). Ends with a newline.
 */
export function renderMarkdown(doc: NarrativeDocument): string {
  const blocks: string[] = [`# ${escapeMarkdown(doc.title)}`];
  for (const block of documentBlocks(doc)) {
    if (block.kind === 'heading') {
      blocks.push(`${block.level === 1 ? '##' : '###'} ${escapeMarkdown(block.text)}`);
    } else {
      blocks.push(guardLineStart(block.paragraph.runs.map(runMarkdown).join('')));
    }
  }
  const items = openItemLines(doc);
  if (items.length > 0) {
    blocks.push(`## ${OPEN_ITEMS_HEADING}`);
    const list = items.map((item, i) => {
      const hint = item.suggestions.length > 0 ? `（可参考：${item.suggestions.map(escapeMarkdown).join('；')}）` : '';
      return `${i + 1}. ${guardLineStart(escapeMarkdown(item.text))}${hint}`;
    });
    blocks.push(list.join('\n'));
  }
  return blocks.join('\n\n') + '\n';
}
