import { ReviewTable } from './review-tables';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The reviewer's report as one HTML page: the same three tables, every workbook text escaped. */
export function reviewHtml(tables: ReviewTable[], title: string): string {
  const sections = tables.map((t) => {
    const head = t.headers.map((h) => `<th>${escape(h)}</th>`).join('');
    const rows = t.rows.map((r) => `<tr>${r.map((c) => (typeof c === 'number' ? `<td class="n">${c}</td>` : `<td>${escape(c ?? '')}</td>`)).join('')}</tr>`).join('\n');
    return `<section><h2>${escape(t.name)}</h2><table><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></section>`;
  });
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;font-size:90%}th,td{border:1px solid #ccc;padding:2px 6px;vertical-align:top}thead th{position:sticky;top:0;background:#f3f3f3}td.n{text-align:right}</style></head>
<body><h1>${escape(title)}</h1>
${sections.join('\n')}
</body></html>
`;
}
