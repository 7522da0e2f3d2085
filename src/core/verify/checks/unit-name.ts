import { VerifyCheck, finding } from '../context';
import { normaliseText } from '../normalise';
import { VerifyFinding } from '../types';

/** "2024年度某市科学技术局决算情况说明" or "某市科学技术局2024年度部门决算情况说明". */
const TITLE = /^(.*?)(\d{4})年度?(.*?)(?:部门|单位)?(?:\d{4}年度?)?决算/;

/** The report's title against the workbook's unit name and year. */
export const checkUnitName: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  const title = ctx.report.preamble.map(normaliseText).find((p) => TITLE.test(p) && p.includes('决算'));
  if (!title) return out;
  const m = TITLE.exec(title)!;
  const unit = (m[1] || m[3]).replace(/(部门|单位)$/, '');
  const want = ctx.model.unitName ? normaliseText(ctx.model.unitName) : undefined;
  if (want && unit && unit !== want && !unit.includes(want)) {
    out.push(finding('unit-name', 'error', undefined, `标题中的单位名称“${unit}”与决算表的单位“${want}”不一致。`, { stated: unit, expected: want }));
  }
  const year = Number(m[2]);
  if (ctx.model.year !== undefined && year !== ctx.model.year) {
    out.push(finding('year', 'error', undefined, `标题中的年度${year}年与决算表的${ctx.model.year}年不一致。`, { stated: `${year}年`, expected: `${ctx.model.year}年` }));
  }
  return out;
};
