/**
 * The 核对 tab's part of the pane store: a written report (pasted, or a .docx/.pdf/text file)
 * checked against the workbook by the current session, as `juesuan verify` checks it, and
 * checked again on every new session.
 */
import { textParagraphs } from '../../hosts/report-text/plain-text';
import type { ReportReader } from '../verify/report-reader';
import type { CheckedReport } from './pane-state';
import { type PickedFile, type StoreAccess, textOf } from './store-access';

export class VerifyPart {
  constructor(
    private readonly store: StoreAccess,
    private readonly reportReader: ReportReader,
  ) {}

  /** A pasted report. */
  verifyText(text: string): void {
    if (text.trim() === '') {
      this.store.update({ verify: { busy: false, error: '请先粘贴决算情况说明的文字，或打开报告文件。' } });
      return;
    }
    this.verifyReport({ name: '粘贴的文本', paragraphs: textParagraphs(text) });
  }

  /** A report file (.docx, .pdf, .txt, .md, .html), read and checked. */
  async verifyFile(file: PickedFile): Promise<void> {
    this.store.update({ verify: { ...this.store.getState().verify, busy: true, error: undefined } });
    try {
      const paragraphs = await this.reportReader(new Uint8Array(await file.arrayBuffer()), file.name);
      this.verifyReport({ name: file.name, paragraphs });
    } catch (err) {
      this.store.update({ verify: { ...this.store.getState().verify, busy: false, error: textOf(err) } });
    }
  }

  /** The checked report again, on a new session (the workbook or its stored data changed). */
  reverify(): void {
    const { report, busy } = this.store.getState().verify;
    if (report && !busy) this.verifyReport(report);
  }

  /** The report through the current session (the one every tab uses); kept to check again after each new session. */
  private verifyReport(report: CheckedReport): void {
    const { session } = this.store.getState();
    if (!session) {
      this.store.update({ verify: { busy: false, report, error: '工作簿尚未检查成功，无法核对。请先在“审核”页点击“检查”。' } });
      return;
    }
    try {
      this.store.update({ verify: { busy: false, report, result: session.verify(report.paragraphs) } });
    } catch (err) {
      this.store.update({ verify: { busy: false, report, error: textOf(err) } });
    }
  }
}
