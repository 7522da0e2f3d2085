import { readFile, writeFile } from 'fs/promises';
import { ReportUnreadableError } from '../core/errors';
import { readSupplement } from '../core/supplement';
import { verifyReport } from '../core/verify';
import { reportParagraphs } from '../hosts/report-text';
import { loadPdfJsNode } from '../hosts/report-text/pdfjs-node';
import { loadPrior, loadWorkbook } from './inputs';
import { CliIO, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from './io';
import { messageOf } from './messages';
import { verifyToHtml } from './verify-html';
import { verifyToJson, verifyToText } from './verify-output';

export interface VerifyArgs {
  report: string;
  against: string;
  prior?: string;
  json: boolean;
  format: 'text' | 'html';
  out?: string;
  style?: 'sichuan' | 'national';
}

/**
 * `juesuan verify`: a written report checked against its workbook (issue 13). Exit 0 when
 * no error finding, 1 when some, 2 when an input cannot be read (as `check`).
 */
export async function verifyCommand(args: VerifyArgs, io: CliIO): Promise<number> {
  let paragraphs: string[];
  let loaded;
  try {
    paragraphs = await reportParagraphs(await readReport(args.report), args.report, loadPdfJsNode);
    loaded = await loadWorkbook(args.against);
  } catch (e) {
    io.err(`${messageOf(e)}\n`);
    return EXIT_UNREADABLE;
  }
  const prior = await loadPrior(args.prior, io, loaded.stored);
  const result = verifyReport(paragraphs, loaded.model, { prior: prior.model, supplement: readSupplement(loaded.source.sheets), style: args.style });
  const output = args.json
    ? `${JSON.stringify(verifyToJson(args.report, args.against, result), null, 2)}\n`
    : args.format === 'html'
      ? verifyToHtml(args.report, args.against, result)
      : verifyToText(args.report, args.against, loaded.model, result);
  if (args.out) {
    await writeFile(args.out, output);
    io.out(`已写出 ${args.out}\n`);
  } else io.out(output);
  if (prior.failed) return EXIT_UNREADABLE;
  return result.findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

async function readReport(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : '无法打开';
    throw new ReportUnreadableError(`报告文件“${path}”无法读取：${why}，请检查路径。`, { file: path });
  }
}
