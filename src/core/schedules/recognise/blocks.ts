import { TableFrame } from './header';

/** One block of a side-by-side layout: its label columns and the amount columns after them. */
export interface Block {
  labelCols: number[];
  amountCols: number[];
}

/**
 * Split a header into blocks: each run of label columns (项目, 行次, 科目编码 …) starts a
 * block that owns the amount columns up to the next run. T01/T04 have two (income |
 * expenditure), T06 usually two (人员经费 | 公用经费).
 */
export function splitBlocks(frame: TableFrame): Block[] {
  const blocks: Block[] = [];
  let cur: Block | undefined;
  for (const c of frame.paths.keys()) {
    const isLabel = frame.labels.has(c);
    if (isLabel && (!cur || cur.amountCols.length > 0)) {
      cur = { labelCols: [c], amountCols: [] };
      blocks.push(cur);
    } else if (isLabel) {
      cur!.labelCols.push(c);
    } else if (cur) {
      cur.amountCols.push(c);
    } else {
      cur = { labelCols: [], amountCols: [c] };
      blocks.push(cur);
    }
  }
  return blocks;
}

/** Label text of a block in row r: the first non-empty label cell that is not a 行次 number. */
export function blockLabel(
  rowCells: { col: number; raw: string; text: string }[],
  block: Block,
  frame: TableFrame,
): { raw: string; text: string; col: number } | undefined {
  for (const tc of rowCells) {
    if (!block.labelCols.includes(tc.col)) continue;
    if (frame.labels.get(tc.col) === 'rowNo') continue;
    return tc;
  }
  return undefined;
}
