import { VerifyCheck, finding } from '../context';
import { VerifyFinding } from '../types';

/** Placeholders and template leftovers a finished report must not contain. */
const LEFTOVERS: [RegExp, string][] = [
  [/【[^】]*】/, '留有【】占位内容'],
  [/(?:X|x|×|＊|\*){2,}/, '留有“XX”之类的模板占位符'],
  [/增加（减少）|减少（增加）|增长（下降）|下降（增长）|增加\/减少|增长\/下降|增加或减少|增长或下降/, '留有模板中的备选用语'],
  [/（(?:增长|下降|增加|减少)）/, '留有模板中的备选用语'],
  [/请填写|请补充|待填写|待补充/, '留有“请填写”之类的提示语'],
];

/** Sentences, headings and the title with a leftover of the template. */
export const checkPlaceholders: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  for (const s of ctx.report.sentences) {
    for (const [pattern, what] of LEFTOVERS) {
      const m = pattern.exec(ctx.texts[s.index]);
      if (!m) continue;
      out.push(finding('placeholder', 'error', s, `${what}：“${m[0]}”。`, { stated: m[0] }));
      break;
    }
  }
  for (const text of [...ctx.report.preamble, ...ctx.report.headings.map((h) => h.text)]) {
    const hit = LEFTOVERS.find(([p]) => p.test(text));
    if (hit) out.push(finding('placeholder', 'error', undefined, `${hit[1]}：“${text}”。`, { stated: text }));
  }
  return out;
};
