import { countedFen } from '../../grid/amount';
import { valueKey } from '../../schedules/model';
import { VerifyCheck, cellsOf, finding, where } from '../context';
import { normaliseText } from '../normalise';
import { VerifyFinding } from '../types';

/** Items listed after 主要包括 that are 0 (or absent) in T06's 决算数. */
export const checkMainItems: VerifyCheck = (ctx) => {
  const t06 = ctx.model.schedules.get('T06');
  if (!t06) return [];
  const out: VerifyFinding[] = [];
  for (const s of ctx.report.sentences) {
    for (const m of ctx.texts[s.index].matchAll(/主要包括：?([^；。]*)/g)) {
      for (const raw of m[1].split(/[、，,]/)) {
        const name = raw.replace(/等$/, '');
        if (!name) continue;
        const row = t06.rows.find((r) => normaliseText(r.label) === name && !r.duplicateOf);
        if (!row) {
          out.push(finding('main-items', 'warning', s, `“${name}”不是基本支出决算表中的项目名称。`, { stated: name }));
          continue;
        }
        const cell = t06.values.get(valueKey(row.key, '决算数'));
        const fen = cell ? countedFen(cell.parsed) : undefined;
        if (fen === undefined || fen !== 0) continue;
        const cells = cellsOf({ value: 0, sources: [{ ref: cell!.ref }] });
        out.push(finding('main-items', 'error', s, `“${name}”在基本支出决算表中为0（${where(cells)}），不应列在“主要包括”中。`, { stated: name, expected: '0', cells }));
      }
    }
  }
  return out;
};
