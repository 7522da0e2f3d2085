import { readFile } from 'fs/promises';
import { CheckReport, checkWorkbook } from '../core/check';
import { RulePackError, describeLocation } from '../core/errors';
import { isBlocking } from '../core/rules/finding';
import { RulePack, parseRulePack } from '../core/rules/pack-format';
import { loadPrior, readWorkbookWithData } from './inputs';
import { messageOf } from './messages';
import { CliIO, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from './io';
import { FileJson, failureToJson, reportToJson } from './report-json';
import { reportToText } from './report-text';

export interface CheckArgs {
  files: string[];
  prior?: string;
  rules: string[];
  json: boolean;
  all: boolean;
}

type FileResult = { file: string; report: CheckReport } | { file: string; failure: string };

/** Runs `juesuan check`; returns the exit code of design.md. */
export async function checkCommand(args: CheckArgs, io: CliIO): Promise<number> {
  let packs: RulePack[];
  try {
    packs = await Promise.all(args.rules.map(loadRulePack));
  } catch (e) {
    io.err(`${messageOf(e)}\n`);
    return EXIT_UNREADABLE;
  }
  // Without --prior each workbook is compared with the prior stored in it, if any.
  const { model: given, failed: priorFailed } = await loadPrior(args.prior, io);
  let unreadable = priorFailed;
  const results: FileResult[] = [];
  for (const file of args.files) {
    try {
      const { source, stored } = await readWorkbookWithData(file);
      const prior = args.prior ? given : (await loadPrior(undefined, io, stored)).model;
      results.push({ file, report: checkWorkbook(source, { packs, prior }) });
    } catch (e) {
      results.push({ file, failure: messageOf(e) });
    }
  }
  let blocking = false;
  const json: FileJson[] = [];
  for (const r of results) {
    if ('failure' in r) {
      unreadable = true;
      if (args.json) json.push(failureToJson(r.file, r.failure));
      else io.out(`${r.file}：无法审核。${r.failure}\n\n`);
      continue;
    }
    if (r.report.findings.some(isBlocking)) blocking = true;
    if (args.json) json.push(reportToJson(r.file, r.report, args.all));
    else io.out(`${reportToText(r.file, r.report, args.all)}\n`);
  }
  if (args.json) io.out(`${JSON.stringify({ files: json }, null, 2)}\n`);
  else io.out(summaryLine(results) + '\n');
  return unreadable ? EXIT_UNREADABLE : blocking ? EXIT_FINDINGS : EXIT_OK;
}

function summaryLine(results: FileResult[]): string {
  const failed = results.filter((r) => 'failure' in r).length;
  const withErrors = results.filter((r) => 'report' in r && r.report.findings.some(isBlocking)).length;
  const clean = results.length - failed - withErrors;
  return `共 ${results.length} 个文件：无错误 ${clean} 个，有错误 ${withErrors} 个，无法审核 ${failed} 个。`;
}

async function loadRulePack(path: string): Promise<RulePack> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new RulePackError(`规则包${describeLocation({ file: path })}无法读取，请检查路径。`, { file: path });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new RulePackError(`规则包${describeLocation({ file: path })}不是有效的 JSON：${(e as Error).message}`, { file: path });
  }
  return parseRulePack(json, path);
}
