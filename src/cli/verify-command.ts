import { readFile } from 'fs/promises';
import { ReportUnreadableError } from '../core/errors';
import { reportParagraphs } from '../hosts/report-text';
import { loadPdfJsNode } from '../hosts/report-text/pdfjs-node';
import { loadPriorFile, openFileSession } from './inputs';
import { CliIO, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from './io';
import { messageOf } from './messages';
import { writeOutputFile } from './out-files';
import { verifyToHtml } from './verify-html';
import { verifyToJson } from './verify-output';
import { verifyReportText } from '../core/verify';

export interface VerifyArgs {
  report: string;
  against: string;
  prior?: string;
  json: boolean;
  format: 'text' | 'html';
  out?: string;
  style?: string;
  priorAnyYear?: boolean;
}

/**
 * `juesuan verify`: a written report checked against its workbook (issue 13). Exit 0 when
 * no error finding, 1 when some, 2 when an input cannot be read (as `check`).
 */
export async function verifyCommand(args: VerifyArgs, io: CliIO): Promise<number> {
  let paragraphs: string[];
  try {
    paragraphs = await reportParagraphs(await readReport(args.report), args.report, loadPdfJsNode);
  } catch (e) {
    io.err(`${messageOf(e)}\n`);
    return EXIT_UNREADABLE;
  }
  const given = await loadPriorFile(args.prior, io);
  const opened = await openFileSession(args.against, { priorAnyYear: args.priorAnyYear }, given.prior, io);
  if ('failure' in opened) {
    io.err(`${opened.failure}\n`);
    return EXIT_UNREADABLE;
  }
  const { session } = opened;
  const result = session.verify(paragraphs, args.style);
  const output = args.json
    ? `${JSON.stringify(verifyToJson(args.report, args.against, result), null, 2)}\n`
    : args.format === 'html'
      ? verifyToHtml(args.report, args.against, result)
      : verifyReportText(args.report, args.against, session.model, result);
  if (args.out) {
    await writeOutputFile(args.out, output, `核对结果.${args.json ? 'json' : args.format === 'html' ? 'html' : 'txt'}`);
    io.out(`已写出 ${args.out}\n`);
  } else io.out(output);
  if (given.failed || opened.degraded) return EXIT_UNREADABLE;
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
