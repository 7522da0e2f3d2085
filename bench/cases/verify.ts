/**
 * `juesuan verify` of one report: the finished national draft of the fixture workbook
 * checked against its model (split, tie, every check), medians over repeated runs.
 */
import { verifyReport } from '../../src/core/verify';
import { draft } from '../../test/core/verify/drafts';
import { median, timed } from '../measure';
import { Table, int, ms } from '../table';

const RUNS = 30;

export async function benchVerify(): Promise<Table> {
  const rows: string[][] = [];
  for (const style of ['national', 'sichuan'] as const) {
    const d = draft(style);
    const times: number[] = [];
    let figures = 0;
    for (let i = 0; i < RUNS + 3; i++) {
      const t = await timed(() => verifyReport(d.paragraphs, d.model, { prior: d.prior, supplement: d.supplement, style }));
      if (i >= 3) times.push(t.ms);
      figures = t.result.figures.length;
    }
    rows.push([style, int(d.paragraphs.length), int(figures), ms(median(times))]);
  }
  return { title: 'verify: one report against its workbook (in memory, after reading)', headers: ['style', 'paragraphs', 'figures', 'median ms'], rows };
}
