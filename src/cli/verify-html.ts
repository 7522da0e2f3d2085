import { VERIFY_KIND_LABELS, VERIFY_SEVERITY_LABELS, VerifyResult, markedReport, verifySummary } from '../core/verify';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `verify --format html`: the report's sentences by section, each sentence with a finding
 * marked and numbered, and the list of findings beside the text. All report and workbook
 * text is escaped.
 */
export function verifyToHtml(report: string, workbook: string, r: VerifyResult): string {
  const body: string[] = [];
  for (const section of markedReport(r)) {
    body.push(`<h2>${escape(section.section)}</h2>`);
    for (const sentences of section.paragraphs) {
      const text = sentences.map((s) => {
        const refs = s.findings.map((i) => `<a href="#f${i + 1}"><sup>${i + 1}</sup></a>`).join('');
        return s.mark ? `<mark class="${s.mark}" id="s${s.index}">${escape(s.text)}</mark>${refs}` : escape(s.text);
      });
      body.push(`<p>${text.join('')}</p>`);
    }
  }
  const list = r.findings.map(
    (f, i) =>
      `<li id="f${i + 1}" class="${f.severity}"><b>${VERIFY_SEVERITY_LABELS[f.severity]}：${VERIFY_KIND_LABELS[f.kind]}</b> ${escape(f.message)}` +
      (f.sentenceIndex !== undefined ? ` <a href="#s${f.sentenceIndex}">原文</a>` : '') +
      '</li>',
  );
  const open = r.unchecked.map((u) => `<li><a href="#s${u.sentenceIndex}">${escape(u.stated)}</a> ${escape(u.sentence)}</li>`);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>核对结果：${escape(report)}</title>
<style>body{font-family:"FangSong","仿宋",serif;display:flex;gap:2em;margin:2em}main{flex:3}aside{flex:2;font-size:90%}
mark.error{background:#fdd}mark.warning{background:#ffe9a8}mark.info{background:#e3eefc}mark.unchecked{background:#e8e8e8}li.error b{color:#b00}li.warning b{color:#a60}</style></head>
<body><main><h1>${escape(report)}</h1><p>对照决算表：${escape(workbook)}</p>${body.join('')}</main>
<aside><h2>核对结果</h2><p>${escape(verifySummary(r))}</p><ol>${list.join('')}</ol>${open.length ? `<h3>未能核对</h3><ul>${open.join('')}</ul>` : ''}</aside></body></html>
`;
}
