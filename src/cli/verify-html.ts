import { VERIFY_KIND_LABELS, VERIFY_SEVERITY_LABELS, VerifyResult } from '../core/verify';
import { verifySummary } from './verify-output';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `verify --format html`: the report's sentences by section, each sentence with a finding
 * marked and numbered, and the list of findings beside the text. All report and workbook
 * text is escaped.
 */
export function verifyToHtml(report: string, workbook: string, r: VerifyResult): string {
  const bySentence = new Map<number, number[]>();
  r.findings.forEach((f, i) => {
    if (f.sentenceIndex === undefined) return;
    bySentence.set(f.sentenceIndex, [...(bySentence.get(f.sentenceIndex) ?? []), i]);
  });
  const unchecked = new Set(r.unchecked.map((u) => u.sentenceIndex));
  const body: string[] = [];
  let section: string | undefined;
  let paragraph: number | undefined;
  for (const s of r.sentences) {
    if (s.section !== section) {
      if (paragraph !== undefined) body.push('</p>');
      body.push(`<h2>${escape(s.section)}</h2>`);
      section = s.section;
      paragraph = undefined;
    }
    if (s.paragraph !== paragraph) {
      if (paragraph !== undefined) body.push('</p>');
      body.push('<p>');
      paragraph = s.paragraph;
    }
    const marks = bySentence.get(s.index) ?? [];
    const severity = marks.some((i) => r.findings[i].severity === 'error') ? 'error' : marks.length ? 'warning' : unchecked.has(s.index) ? 'unchecked' : '';
    const refs = marks.map((i) => `<a href="#f${i + 1}"><sup>${i + 1}</sup></a>`).join('');
    body.push(severity ? `<mark class="${severity}" id="s${s.index}">${escape(s.text)}</mark>${refs}` : escape(s.text));
  }
  if (paragraph !== undefined) body.push('</p>');
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
mark.error{background:#fdd}mark.warning{background:#ffe9a8}mark.unchecked{background:#e8e8e8}li.error b{color:#b00}li.warning b{color:#a60}</style></head>
<body><main><h1>${escape(report)}</h1><p>对照决算表：${escape(workbook)}</p>${body.join('')}</main>
<aside><h2>核对结果</h2><p>${escape(verifySummary(r))}</p><ol>${list.join('')}</ol>${open.length ? `<h3>未能核对</h3><ul>${open.join('')}</ul>` : ''}</aside></body></html>
`;
}
