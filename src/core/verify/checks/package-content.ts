import { PartKey } from '../../narrative/styles';
import { VerifyCheck, VerifyContext, finding } from '../context';
import { VerifyFinding } from '../types';

/** Words each part must contain unless it says there was none (政府采购, 国有资产). */
const REQUIRED: [PartKey, string, string[]][] = [
  ['procurement', '政府采购', ['货物', '工程', '服务', '中小企业']],
  ['assets', '国有资产', ['车辆', '设备']],
];
const NONE = /未发生|没有|无此|无数据/;

/** The sentences of the text that stand in the sections of `part`. */
export function partSentences(ctx: VerifyContext, part: PartKey) {
  return ctx.report.sentences.filter((s) => ctx.partsOf(s.sectionId).includes(part));
}

/** 政府采购 with 货物 / 工程 / 服务 and 中小企业; 国有资产 with vehicles and large equipment. */
export const checkPackageContent: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  for (const [part, what, words] of REQUIRED) {
    const sentences = partSentences(ctx, part);
    if (sentences.length === 0) continue; // checkSectionsPresent
    const text = sentences.map((s) => ctx.texts[s.index]).join('');
    if (NONE.test(text) && part === 'procurement') continue;
    const missing = words.filter((w) => !text.includes(w));
    if (missing.length > 0) out.push(finding('missing-content', 'error', sentences[0], `${what}部分没有说明${missing.join('、')}情况。`, { expected: missing.join('、') }));
  }
  return out;
};
