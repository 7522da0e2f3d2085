import type { WorkbookModel } from '../../core/schedules/model';
import { type VerifyResult, verifyReportText } from '../../core/verify';
import { type CopyOutcome, copyFormatted } from '../report/clipboard';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The findings as `juesuan verify` prints them, on the clipboard as text and as one HTML paragraph per line. */
export function copyVerifyResult(report: string, workbook: string, model: Pick<WorkbookModel, 'unitName' | 'year'>, result: VerifyResult): Promise<CopyOutcome> {
  const text = verifyReportText(report, workbook, model, result);
  const html = text
    .split('\n')
    .map((l) => `<p>${escape(l) || '&nbsp;'}</p>`)
    .join('');
  return copyFormatted(html, text);
}
