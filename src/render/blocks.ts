import { NarrativeDocument, Paragraph, PlaceholderRun, Section } from '../core/narrative/document';

/**
 * What every renderer shares: the document flattened into printable blocks in reading
 * order, the cleaning of workbook text, and the wording of the open-items list. Keeping
 * these in one place is what makes the text, Markdown, HTML and .docx outputs hold the
 * same paragraphs.
 */

/** The heading of the list of open items printed at the end. */
export const OPEN_ITEMS_HEADING = '待补充事项';

export type Block =
  | { kind: 'heading'; level: 1 | 2; text: string; section: Section }
  | { kind: 'paragraph'; paragraph: Paragraph; section: Section };

/** Sections and their paragraphs depth-first: heading, own paragraphs, then subsections. */
export function documentBlocks(doc: NarrativeDocument): Block[] {
  const blocks: Block[] = [];
  const visit = (section: Section): void => {
    blocks.push({ kind: 'heading', level: section.level, text: cleanText(section.heading), section });
    for (const paragraph of section.paragraphs) blocks.push({ kind: 'paragraph', paragraph, section });
    for (const sub of section.subsections) visit(sub);
  };
  doc.sections.forEach(visit);
  return blocks;
}

/**
 * Workbook text made safe for one printed line: each line break (Alt+Enter in a cell)
 * becomes a space so a paragraph stays one paragraph in every format, and control
 * characters that XML 1.0 forbids are dropped, since one of them makes Word refuse the
 * whole file; so are DEL and the C1 controls (U+009B acts as a terminal's CSI). Applied run by run in every renderer, so all of them print the same text.
 */
export function cleanText(text: string): string {
  let out = '';
  let previous = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\n' && previous === '\r') {
      previous = ch;
      continue;
    }
    previous = ch;
    if (ch === '\r' || ch === '\n') out += ' ';
    else if (ch === '\t') out += ' ';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff)) continue;
    else out += ch;
  }
  return out;
}

/** The plain text of a paragraph, cleaned. */
export function plainParagraph(p: Paragraph): string {
  return p.runs.map((r) => cleanText(r.text)).join('');
}

/** Every placeholder run of the document by id, for the suggestions of its open item. */
function placeholdersById(doc: NarrativeDocument): Map<string, PlaceholderRun> {
  const byId = new Map<string, PlaceholderRun>();
  for (const block of documentBlocks(doc)) {
    if (block.kind !== 'paragraph') continue;
    for (const run of block.paragraph.runs) if (run.kind === 'placeholder' && !byId.has(run.id)) byId.set(run.id, run);
  }
  return byId;
}

/** One open item as printed, without its number. */
export interface OpenItemLine {
  id: string;
  /** "一、收入支出决算总体情况说明：请填写收、支总计的变动原因". */
  text: string;
  /** The suggestions of the item's placeholder, cleaned; empty when there are none. */
  suggestions: string[];
}

/**
 * The open items as printed at the end: "{section}：{description}", then the suggestions of
 * the placeholder with the same id as "（可参考：A；B）" so the user sees where to start.
 */
export function openItemLines(doc: NarrativeDocument): OpenItemLine[] {
  const placeholders = placeholdersById(doc);
  return doc.openItems.map((item) => {
    const suggestions = (placeholders.get(item.id)?.suggestions ?? []).map(cleanText).filter((s) => s !== '');
    const section = cleanText(item.section);
    const description = cleanText(item.description);
    return { id: item.id, text: section === '' ? description : `${section}：${description}`, suggestions };
  });
}

/** The full line of an open item: "1．{text}（可参考：…）". */
export function openItemText(line: OpenItemLine, index: number): string {
  const hint = line.suggestions.length > 0 ? `（可参考：${line.suggestions.join('；')}）` : '';
  return `${index + 1}．${line.text}${hint}`;
}
