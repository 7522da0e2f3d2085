/** Renderers of the report Document: plain text, Markdown, HTML and Word (.docx). */
export { renderText } from './text';
export { renderMarkdown } from './markdown';
export { renderHtml } from './html';
export { renderDocx } from './docx';
export type { DocxOptions, DocxChartImage } from './docx';
