import { NarrativeDocument, Paragraph, Run, Section } from '../core/narrative/document';
import { PRINTED_TITLE_CHARS, titleLines } from '../core/narrative/title';
import { OPEN_ITEMS_HEADING, cleanText, openItemLines } from './blocks';
import { HTML_PAGE_CSS, HTML_STYLE } from './html-style';

/**
 * Escapes text for HTML content and for attribute values in double or single quotes.
 * Everything from the workbook (unit names, labels, reasons) goes through here.
 */
export function escapeHtml(text: string): string {
  let out = '';
  for (const ch of cleanText(text)) {
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&#39;';
    else out += ch;
  }
  return out;
}

function attr(name: string, value: string): string {
  return ` ${name}="${escapeHtml(value)}"`;
}

/** Our own CSS constants hold no double quote, so they go in unescaped and stay readable. */
function style(css: string): string {
  return ` style="${css}"`;
}

function runHtml(run: Run): string {
  if (run.kind === 'text') return escapeHtml(run.text);
  if (run.kind === 'number') {
    // The pane reads data-source to tie the figure to its cell.
    return (
      `<span class="num"${attr('data-source', JSON.stringify(run.sources))}${attr('data-figure', run.figure)}` +
      `${attr('data-value', String(run.value))}>${escapeHtml(run.text)}</span>`
    );
  }
  const suggestions = run.suggestions ?? [];
  const hint = suggestions.length > 0 ? attr('data-suggestions', JSON.stringify(suggestions)) + attr('title', `可参考：${suggestions.join('；')}`) : '';
  return (
    `<mark class="placeholder"${attr('data-id', run.id)}${attr('data-kind', run.placeholder)}${hint}` +
    `${style(HTML_STYLE.placeholder)}>${escapeHtml(run.text)}</mark>`
  );
}

/**
 * A paragraph, then the chart it names: an empty slot (for the pane to fill with the
 * chart's image) above the centred caption.
 */
function paragraphHtml(p: Paragraph): string {
  const body = `<p class="body"${style(HTML_STYLE.body)}>${p.runs.map(runHtml).join('')}</p>`;
  if (!p.chart) return body;
  return (
    `${body}\n<figure class="chart"${attr('data-chart', p.chart.id)}${style(HTML_STYLE.figure)}>` +
    `<div class="chart-slot"${attr('data-chart', p.chart.id)}></div>` +
    `<figcaption${style(HTML_STYLE.caption)}>${escapeHtml(p.chart.caption)}</figcaption></figure>`
  );
}

function sectionHtml(section: Section): string {
  const tag = section.level === 1 ? 'h2' : 'h3';
  const css = section.level === 1 ? HTML_STYLE.heading1 : HTML_STYLE.heading2;
  const parts = [
    `<section class="level-${section.level}"${attr('data-id', section.id)}>`,
    `<${tag}${style(css)}>${escapeHtml(section.heading)}</${tag}>`,
    ...section.paragraphs.map(paragraphHtml),
    ...section.subsections.map(sectionHtml),
    '</section>',
  ];
  return parts.join('\n');
}

function openItemsHtml(doc: NarrativeDocument): string[] {
  const items = openItemLines(doc);
  if (items.length === 0) return [];
  const list = items.map((item) => {
    const hint = item.suggestions.length > 0 ? `（可参考：${item.suggestions.join('；')}）` : '';
    return `<li${attr('data-id', item.id)}${style(HTML_STYLE.openItem)}>${escapeHtml(item.text + hint)}</li>`;
  });
  return [
    '<section class="open-items">',
    `<h2${style(HTML_STYLE.openItemsHeading)}>${OPEN_ITEMS_HEADING}</h2>`,
    `<ol${style(HTML_STYLE.openItemsList)}>`,
    ...list,
    '</ol>',
    '</section>',
  ];
}

/**
 * The document as HTML: by default a full page (A4 with the official margins), or with
 * `fragment` only the <article> for the clipboard and the task pane. Styles are inline;
 * number runs are <span class="num" data-source="…">, placeholders <mark class="placeholder"
 * data-id="…">, and a paragraph that names a chart is followed by a <figure> with its
 * caption and an empty .chart-slot. All workbook text is escaped.
 */
export function renderHtml(doc: NarrativeDocument, options: { fragment?: boolean } = {}): string {
  const article = [
    `<article class="juesuan-narrative"${attr('lang', 'zh-CN')}${attr('data-style', doc.style)}${style(HTML_STYLE.article)}>`,
    `<h1 class="title"${style(HTML_STYLE.title)}>${titleLines(doc, PRINTED_TITLE_CHARS).map(escapeHtml).join('<br>')}</h1>`,
    ...doc.sections.map(sectionHtml),
    ...openItemsHtml(doc),
    '</article>',
  ].join('\n');
  if (options.fragment) return article + '\n';
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>\n${HTML_PAGE_CSS}\n</style>`,
    '</head>',
    '<body>',
    '<div class="juesuan-page">',
    article,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
