import { SUPPLEMENT_SHEET, supplementTemplate } from '../core/supplement';
import { SessionFlags, loadPriorFile, openFileSession } from './inputs';
import { CliIO, EXIT_OK, EXIT_UNREADABLE } from './io';
import { writeOutputFile } from './out-files';
import { chartImages, renderReport } from './report-files';
import { REPORT_EXTENSION, type ReportFormat } from './report-formats';

export interface NarrativeArgs extends SessionFlags {
  file?: string;
  format: ReportFormat;
  out?: string;
  supplementTemplate: boolean;
}

/**
 * `juesuan narrative`: the full 决算情况说明 drafted from the schedules (design.md), with what
 * the pane stored in the workbook (reasons, paragraph edits, overrides; flags win). Text
 * formats go to stdout unless --out; .docx needs --out. The open items are listed at the end
 * of the report and counted on stderr.
 */
export async function narrativeCommand(args: NarrativeArgs, io: CliIO): Promise<number> {
  if (args.supplementTemplate) {
    const out = args.out ?? `${SUPPLEMENT_SHEET}模板.xlsx`;
    // ExcelJS's writer (~0.3 s of CPU to load) only for the template, not for every report.
    const { writeSheetXlsx } = await import('../hosts/xlsx/write-sheet');
    await writeOutputFile(out, await writeSheetXlsx(SUPPLEMENT_SHEET, supplementTemplate()), `${SUPPLEMENT_SHEET}模板.xlsx`);
    io.out(`已写出补充信息模板 ${out}：填好后把“${SUPPLEMENT_SHEET}”工作表复制到决算工作簿中。\n`);
    return EXIT_OK;
  }
  if (!args.file) {
    io.err('请给出决算表 .xlsx 文件。\n');
    return EXIT_UNREADABLE;
  }
  if (args.format === 'docx' && !args.out) {
    io.err('生成 Word 文件（--format docx）时请用 --out 指定输出文件。\n');
    return EXIT_UNREADABLE;
  }
  const given = await loadPriorFile(args.prior, io);
  const opened = await openFileSession(args.file, args, given.prior, io);
  if ('failure' in opened) {
    io.err(`${opened.failure}\n`);
    return EXIT_UNREADABLE;
  }
  const { session } = opened;
  const doc = session.report().document;
  const report = await renderReport(doc, args.format, () => chartImages(session.charts().charts));
  if (args.out) {
    await writeOutputFile(args.out, report, `决算情况说明.${REPORT_EXTENSION[args.format]}`);
    io.out(`已写出 ${args.out}\n`);
  } else {
    io.out(report as string);
  }
  io.err(`待补充事项 ${doc.openItems.length} 项${doc.openItems.length ? '（见报告末尾“待补充事项”）' : ''}。\n`);
  return given.failed || opened.degraded ? EXIT_UNREADABLE : EXIT_OK;
}
