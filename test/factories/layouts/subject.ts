/**
 * Subject tables (T02, T03, T05, T08, T09, T09E, and the detail tables T05D/T05DG/T05P):
 * code column(s), name, amount columns; 合计 first or last; codes in one column or split
 * 类|款|项 with fragments on a group's first row only.
 */
import { SubjectTable } from '../tables';
import { amountCell, rateCell, rateOf, shownFen } from './cells';
import { HeaderNode, LayoutContext, Placement, ScheduleInfo, writeFootnote, writeHeader, writeLineNumbers, writeTitleBlock } from './furniture';
import { SheetBuilder } from './sheet-builder';

export interface SubjectSpec {
  table: SubjectTable;
  /** Amount columns as a merged header tree (leaf keys are column keys). */
  header: HeaderNode[];
  /** Flat labels by column key, when they differ from the key. */
  flatLabels?: Record<string, string>;
  /** Row-sum identity used for formulas: total column = Σ parts. */
  rowSum?: { total: string; parts: string[] };
  /** Zero amounts left blank (as many exported tables do). */
  blankZero?: boolean;
  /** Add a 完成预算% column after the amount columns (T05 with budget columns). */
  rate?: { actual: string; budget: string };
}

const flatLeaves = (nodes: HeaderNode[]): HeaderNode[] => nodes.flatMap((n) => (n.children ? flatLeaves(n.children) : [n]));

/** Write one subject table from row `top`. */
export function writeSubjectTable(b: SheetBuilder, top: number, ctx: LayoutContext, info: ScheduleInfo, spec: SubjectSpec): Placement {
  const { o } = ctx;
  const split = o.codeStyle === 'split';
  const codeCols = split ? 3 : 1;
  const nameCol = codeCols;
  const amountLeft = codeCols + 1;
  let amountNodes = spec.header;
  if (spec.rate) amountNodes = [...amountNodes, { text: '完成预算%', key: '完成预算' }];
  const leafCount = flatLeaves(amountNodes).length;
  const width = amountLeft + leafCount;

  const headerTop = writeTitleBlock(b, top, width, ctx, info);
  const codeNode: HeaderNode = split ? { text: '科目编码', children: [{ text: '类' }, { text: '款' }, { text: '项' }] } : { text: '科目编码' };
  let nodes: HeaderNode[];
  if (o.headers === 'merged') {
    nodes = [{ text: '项目', children: [codeNode, { text: '科目名称' }] }, ...amountNodes];
  } else {
    const flat = flatLeaves(amountNodes).map((n) => ({ text: spec.flatLabels?.[n.key ?? n.text] ?? n.text, key: n.key ?? n.text }));
    nodes = [...(split ? codeNode.children! : [codeNode]), { text: '科目名称' }, ...flat];
  }
  const { rows, leaves } = writeHeader(b, headerTop, 0, nodes);
  const amountLeaves = leaves.filter((l) => l.col >= amountLeft);
  const colOf = new Map(amountLeaves.map((l) => [l.key, l.col]));
  b.width(nameCol, 30);
  for (let c = 0; c < codeCols; c++) b.width(c, split ? 5 : 10);
  let row = headerTop + rows;
  if (o.lineNumbers) {
    writeLineNumbers(b, row, 0, amountLeaves.map((l) => l.col));
    row++;
  }
  const dataTop = row;

  if (spec.table.rows.length === 0) {
    const statement = info.emptyStatement ?? '本表无数据。';
    const note = o.emptyNote;
    if (note === 'row') {
      b.put(row, 0, statement);
      b.merge(row, 0, row, width - 1);
    } else {
      b.put(row, nameCol, '合计');
      if (note !== 'below') {
        b.put(row, amountLeft, note === 'totalRow' ? statement : info.footnote ?? '注：本表反映部门本年度收支情况。');
        b.merge(row, amountLeft, row, width - 1);
      }
    }
    row++;
    if (note === 'below') {
      b.put(row, 0, statement);
      b.merge(row, 0, row, width - 1);
      row++;
    }
    const next = note === 'purposeInTotalRow' ? row : writeFootnote(b, row, width, info.footnote);
    return { next, headerTop, headerBottom: headerTop + rows - 1, dataTop, dataEnd: dataTop, amountLeft, width };
  }

  const subjects = spec.table.rows.filter((r) => r.key !== '合计');
  const total = spec.table.rows.find((r) => r.key === '合计')!;
  const ordered = o.totalRow === 'first' ? [total, ...subjects] : [...subjects, total];
  const rowOf = new Map<string, number>();
  ordered.forEach((r, i) => rowOf.set(r.key, dataTop + i));
  const withFormulas = o.formulas && !o.textNumbers;

  for (const r of ordered) {
    const gr = rowOf.get(r.key)!;
    if (r.key === '合计') {
      b.put(gr, 0, '合计');
      b.merge(gr, 0, gr, nameCol);
    } else {
      b.put(gr, nameCol, r.label);
      if (!split) b.put(gr, 0, { value: r.key, numFmt: '@' });
      // Split codes: each row starts a group of its own level, so it carries only its own fragment.
      else b.put(gr, r.level! - 1, { value: r.key.slice(r.level === 1 ? 0 : r.key.length - 2), numFmt: '@' });
    }
    const hierarchy = r.key === '合计' || r.level !== 3;
    for (const key of spec.table.columns) {
      const col = colOf.get(key);
      if (col === undefined) continue;
      const shown = shownFen(spec.table.values[r.key][key], ctx.cell);
      const cell = amountCell(shown, ctx.cell, spec.blankZero && !(withFormulas && hierarchy));
      b.put(gr, col, cell);
      b.expect(info.id, r.key, key, shown, gr, col);
      if (!withFormulas) continue;
      if (hierarchy) {
        const children = subjects.filter((s) => (r.key === '合计' ? s.level === 1 : s.key.length === r.key.length + 2 && s.key.startsWith(r.key)));
        b.formula(gr, col, children.map((s) => [rowOf.get(s.key)!, col]));
      } else if (spec.rowSum && key === spec.rowSum.total) {
        b.formula(gr, col, spec.rowSum.parts.filter((p) => colOf.has(p)).map((p) => [gr, colOf.get(p)!]));
      }
    }
    if (spec.rate) {
      const rate = rateOf(
        shownFen(spec.table.values[r.key][spec.rate.actual], ctx.cell),
        shownFen(spec.table.values[r.key][spec.rate.budget], ctx.cell),
      );
      const col = colOf.get('完成预算')!;
      if (rate !== undefined) {
        b.put(gr, col, rateCell(rate, ctx.cell));
        b.expect(info.id, r.key, '完成预算', rate, gr, col);
      }
    }
  }
  row = dataTop + ordered.length;
  const dataEnd = row;
  const next = writeFootnote(b, row, width, info.footnote);
  return { next, headerTop, headerBottom: headerTop + rows - 1, dataTop, dataEnd, amountLeft, width };
}
