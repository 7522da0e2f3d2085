import { CellRef, a1 } from '../../grid/sheet-grid';
import { ScheduleDef } from '../catalogue/schedules';
import { RecognitionIssue, ScheduleInstance } from '../model';
import { readBody } from './body';
import { clearEmptyTableNotes } from './empty-notes';
import { ReadContext, TableContent } from './context';
import { readFurniture } from './furniture';
import { findFrame } from './header';
import { Clue, areaUnits } from './identity';
import * as issues from './issues';
import { readEconomic } from './layout-economic';
import { readSangong } from './layout-sangong';
import { readSubject } from './layout-subject';
import { readSummary } from './layout-summary';
import { Candidate } from './titles';

/** One schedule read from its area, with what its furniture said about the workbook. */
export interface ScheduleRead {
  instance: ScheduleInstance;
  unitName?: string;
  unitNameRef?: CellRef;
  year?: number;
  yearRef?: CellRef;
  /** 编制单位 / 填报单位 lines elsewhere in the schedule's area (beneath the table). */
  areaUnits: Clue<string>[];
  issues: RecognitionIssue[];
}

const READERS: Record<ScheduleDef['layout'], (ctx: ReadContext) => TableContent> = {
  summary: readSummary,
  subject: readSubject,
  economic: readEconomic,
  sangong: readSangong,
};

/**
 * Read the schedule that starts at a candidate title, as definition `def`. Returns undefined
 * when the area holds no header with a recognisable column and no empty statement (a title
 * quoted in a table of contents, say).
 */
export function readSchedule(cand: Candidate, def: ScheduleDef): ScheduleRead | undefined {
  const { ix } = cand;
  const start = cand.titleRow + 1;
  const frame = findFrame(ix, start, cand.end);
  if (!frame) return undefined;
  const furniture = readFurniture(ix, Math.max(0, cand.titleRow), frame.dataStart);
  const body = readBody(ix, frame.headerStart, frame.dataStart, cand.end);
  const titleAddress = cand.titleRow >= 0 ? a1(cand.titleRow, cand.titleCol) : 'A1';
  const ctx: ReadContext = {
    ix,
    def,
    id: def.id,
    unit: furniture.unit,
    frame,
    body,
    title: cand.titleText,
    titleAddress,
    issues: [],
  };
  const content = READERS[def.layout](ctx);
  const note = clearEmptyTableNotes(content);
  if (content.columns.length === 0 && body.emptyStatement === undefined) return undefined;
  if (content.columns.length === 0) ctx.issues.push(issues.noColumns(ix.name, titleAddress, cand.titleText, def.id));
  const instance: ScheduleInstance = {
    id: def.id,
    title: cand.titleText,
    canonicalTitle: def.titles[0],
    sheet: ix.name,
    titleRef: { sheet: ix.name, address: titleAddress },
    unit: furniture.unit,
    unitDeclared: furniture.unitDeclared,
    rows: content.rows,
    columns: content.columns,
    values: content.values,
    stats: content.stats,
  };
  const emptyStatement = body.emptyStatement ?? note;
  if (emptyStatement !== undefined) instance.emptyStatement = emptyStatement;
  return {
    instance,
    unitName: furniture.unitName,
    unitNameRef: furniture.unitNameRef,
    year: furniture.year,
    yearRef: furniture.yearRef,
    areaUnits: areaUnits(ix, frame.dataStart, cand.end, def.id),
    issues: ctx.issues,
  };
}
