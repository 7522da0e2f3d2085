import { writeFile } from 'fs/promises';
import { generateNarrative } from '../core/narrative';
import { readSupplement, supplementTemplate, SUPPLEMENT_SHEET } from '../core/supplement';
import { writeSheetXlsx } from '../hosts/xlsx/write-sheet';
import { loadPrior, loadWorkbook } from './inputs';
import { CliIO, EXIT_OK, EXIT_UNREADABLE } from './io';
import { messageOf } from './messages';
import { ReportFormat, chartImages, renderReport } from './report-files';

export interface NarrativeArgs {
  file?: string;
  prior?: string;
  style?: 'sichuan' | 'national';
  format: ReportFormat;
  out?: string;
  percentDecimals?: number;
  supplementTemplate: boolean;
}

/**
 * `juesuan narrative`: the full 决算情况说明 drafted from the schedules (design.md). Text
 * formats go to stdout unless --out; .docx needs --out. The open items are listed at the
 * end of the report and counted on stderr.
 */
export async function narrativeCommand(args: NarrativeArgs, io: CliIO): Promise<number> {
  if (args.supplementTemplate) {
    const out = args.out ?? `${SUPPLEMENT_SHEET}模板.xlsx`;
    await writeFile(out, await writeSheetXlsx(SUPPLEMENT_SHEET, supplementTemplate()));
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
  let loaded;
  try {
    loaded = await loadWorkbook(args.file);
  } catch (e) {
    io.err(`${messageOf(e)}\n`);
    return EXIT_UNREADABLE;
  }
  const { model, source } = loaded;
  const prior = await loadPrior(args.prior, io, loaded.stored);
  const style = args.style ?? (model.template === 'national' ? 'national' : 'sichuan');
  const doc = generateNarrative(model, {
    style,
    prior: prior.model,
    supplement: readSupplement(source.sheets),
    priorSupplement: prior.supplement,
    percentDecimals: args.percentDecimals,
  });
  const report = await renderReport(doc, args.format, () => chartImages(model, prior.model));
  if (args.out) {
    await writeFile(args.out, report);
    io.out(`已写出 ${args.out}\n`);
  } else {
    io.out(report as string);
  }
  io.err(`待补充事项 ${doc.openItems.length} 项${doc.openItems.length ? '（见报告末尾“待补充事项”）' : ''}。\n`);
  return prior.failed ? EXIT_UNREADABLE : EXIT_OK;
}
