import { WorkbookModel } from '../../schedules/model';
import { VerifyCheck, finding } from '../context';
import { normaliseText } from '../normalise';
import { VerifyFinding } from '../types';

const LEVEL: Record<string, number> = { 类: 1, 款: 2, 项: 3 };
const MARKER = /（(类|款|项)）/g;
/** Words a sentence puts before a subject name ("主要是科学技术支出（类）"). */
const LEAD = /^(?:主要原因是|主要是|主要用于以下方面|主要用于|其中|用于|包括|是|为|中)+/;

/** Subject rows of every subject schedule: label → the labels of its 款 and 类, by level. */
function subjectNames(model: WorkbookModel): Map<string, { level: number; parents: string[] }[]> {
  const out = new Map<string, { level: number; parents: string[] }[]>();
  for (const inst of model.schedules.values()) {
    const byCode = new Map(inst.rows.filter((r) => r.code && r.level).map((r) => [r.code!, normaliseText(r.label)]));
    for (const r of inst.rows) {
      if (!r.code || !r.level || r.code.length > 7 || !/^\d{3}/.test(r.code) || inst.id === 'T06') continue;
      const parents = [byCode.get(r.code.slice(0, 5)), byCode.get(r.code.slice(0, 3))].filter((x): x is string => !!x && r.code!.length > 3);
      const label = normaliseText(r.label);
      const list = out.get(label) ?? [];
      if (!list.some((x) => x.level === r.level && x.parents.join() === parents.join())) list.push({ level: r.level, parents: r.level === 3 ? parents : r.level === 2 ? parents.slice(-1) : [] });
      out.set(label, list);
    }
  }
  return out;
}

/**
 * Names written with （类）, （款）, （项） against the names of the subject rows in the tables:
 * the name must be a row of that level, and a 项 written after its 款 must belong to it.
 */
export const checkSubjectNames: VerifyCheck = (ctx) => {
  const names = subjectNames(ctx.model);
  const out: VerifyFinding[] = [];
  for (const s of ctx.report.sentences) {
    const text = ctx.texts[s.index];
    let from = 0;
    const path: string[] = [];
    for (const m of text.matchAll(MARKER)) {
      const at = m.index ?? 0;
      const raw = text.slice(from, at);
      from = at + m[0].length;
      const contiguous = !/[，。；：、,.;:\d]/.test(raw);
      const piece = raw.split(/[，。；：、,.;:\d]/).pop()!;
      const name = names.has(piece) ? piece : piece.replace(LEAD, '');
      if (!contiguous) path.length = 0;
      const level = LEVEL[m[1]];
      const rows = (names.get(name) ?? []).filter((r) => r.level === level);
      if (rows.length === 0) {
        out.push(finding('subject-name', 'error', s, `表中没有名为“${name}”的${m[1]}级科目，请核对科目名称。`, { stated: `${name}${m[0]}` }));
      } else if (path.length > 0 && !rows.some((r) => r.parents[0] === path[path.length - 1])) {
        const parent = rows[0].parents[0] ?? '';
        out.push(
          finding('subject-name', 'error', s, `“${name}”${m[0]}在表中属于“${parent}”，报告写在“${path[path.length - 1]}”之下。`, {
            stated: `${path[path.length - 1]}${name}`,
            expected: `${parent}${name}`,
          }),
        );
      }
      path.push(name);
    }
  }
  return out;
};
