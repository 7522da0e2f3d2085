import { CellRef, a1 } from '../../grid/sheet-grid';
import { IssueSeverity, RecognitionIssue, ScheduleId } from '../model';

/**
 * Recognition issues with their Chinese messages in one place, so wording stays uniform:
 * each names the sheet and the cell.
 */
function issue(code: string, severity: IssueSeverity, message: string, sheet: string, address: string | undefined, schedule?: ScheduleId): RecognitionIssue {
  return { code, severity, message, cells: address ? [{ sheet, address }] : [], schedule };
}

/** A row whose label matches nothing: a warning when figures are dropped, info when the row is blank. */
export function unknownRow(sheet: string, r: number, c: number, label: string, schedule: ScheduleId, hasFigures = true): RecognitionIssue {
  const address = a1(r, c);
  return issue('unknown-row', hasFigures ? 'warning' : 'info', `工作表“${sheet}”第${r + 1}行（${address}）的行“${label}”无法识别`, sheet, address, schedule);
}

export function valuesWithoutLabel(sheet: string, r: number, c: number, schedule: ScheduleId): RecognitionIssue {
  const address = a1(r, c);
  return issue('row-without-label', 'warning', `工作表“${sheet}”第${r + 1}行（${address}）有数值但没有项目名称或科目编码，已忽略`, sheet, address, schedule);
}

export function unknownColumn(sheet: string, r: number, c: number, label: string, schedule: ScheduleId): RecognitionIssue {
  const address = a1(r, c);
  return issue('unknown-column', 'info', `工作表“${sheet}”${address}单元格的列“${label}”无法识别，已忽略`, sheet, address, schedule);
}

export function columnNotFound(sheet: string, titleAddress: string, title: string, key: string, schedule: ScheduleId): RecognitionIssue {
  return issue('column-not-found', 'warning', `工作表“${sheet}”的“${title}”（标题在 ${titleAddress}）中没有找到“${key}”列`, sheet, titleAddress, schedule);
}

export function noColumns(sheet: string, titleAddress: string, title: string, schedule: ScheduleId): RecognitionIssue {
  return issue('no-columns', 'warning', `工作表“${sheet}”的“${title}”（标题在 ${titleAddress}）没有找到可识别的表头`, sheet, titleAddress, schedule);
}

/** A copy of a schedule left aside for the one on `usedSheet`; `staleHidden` when it is a hidden copy of a visible table. */
export function duplicateSchedule(sheet: string, address: string, title: string, usedSheet: string, schedule: ScheduleId, staleHidden = false): RecognitionIssue {
  const message = staleHidden
    ? `隐藏的工作表“${sheet}”${address}单元格也有“${title}”，已采用可见的工作表“${usedSheet}”中的表，隐藏的这份未审核`
    : `工作表“${sheet}”${address}单元格再次出现“${title}”，已采用工作表“${usedSheet}”中的表`;
  return issue('duplicate-schedule', 'warning', message, sheet, address, schedule);
}

/** A schedule read from a hidden or very hidden sheet. */
export function hiddenSheet(sheet: string, address: string, title: string, schedule: ScheduleId): RecognitionIssue {
  return issue(
    'hidden-sheet',
    'warning',
    `“${title}”取自隐藏的工作表“${sheet}”（标题在 ${address}），在 Excel 中看不到这张表；请确认它是要报送的表，或取消隐藏该工作表`,
    sheet,
    address,
    schedule,
  );
}

const placeOf = (ref: CellRef | undefined): string => (ref ? `工作表“${ref.sheet}”${ref.address}单元格` : '文件名');

/**
 * Two places name different units or years (issue 10.1, 16.4): names both cells and both
 * values, and which one the report uses.
 */
export function identityMismatch(
  code: 'unit-name-mismatch' | 'year-mismatch',
  what: string,
  value: string,
  ref: CellRef | undefined,
  used: string,
  usedRef: CellRef | undefined,
  schedule?: ScheduleId,
): RecognitionIssue {
  return {
    code,
    severity: 'warning',
    message: `${placeOf(ref)}的${what}“${value}”与${placeOf(usedRef)}的${what}“${used}”不一致，已采用“${used}”`,
    cells: [usedRef, ref].filter((r): r is CellRef => r !== undefined),
    schedule,
  };
}

/** The unit or year was found only in the file name: say so. */
export function identityFromFile(code: 'unit-name-mismatch' | 'year-mismatch', what: string, value: string, file: string): RecognitionIssue {
  return { code: `${code.replace('-mismatch', '')}-from-file`, severity: 'info', message: `工作表中没有找到${what}，${what}“${value}”取自文件名“${file}”`, cells: [] };
}

export function conflictingSubRow(sheet: string, r: number, c: number, label: string, schedule: ScheduleId): RecognitionIssue {
  const address = a1(r, c);
  return issue('conflicting-sub-row', 'warning', `工作表“${sheet}”第${r + 1}行（${address}）的分项“${label}”与上方合计行中的数不一致`, sheet, address, schedule);
}

export function readFailed(sheet: string, address: string, title: string, reason: string): RecognitionIssue {
  return issue('read-failed', 'error', `工作表“${sheet}”${address}单元格处的“${title}”无法读取（${reason}），已跳过`, sheet, address);
}
