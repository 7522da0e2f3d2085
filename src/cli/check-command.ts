import { CheckReport } from '../core/check';
import { isBlocking } from '../core/rules/finding';
import { RulePack } from '../core/rules/pack-format';
import { Session } from '../core/session';
import { loadPriorFile, loadRulePack, openFileSession } from './inputs';
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
  priorAnyYear?: boolean;
}

type FileResult = { file: string; session: Session; degraded: boolean } | { file: string; failure: string };

const reportOf = (s: Session): CheckReport => ({ model: s.model, findings: s.findings });

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
  const given = await loadPriorFile(args.prior, io);
  const several = args.files.length > 1;
  const results: FileResult[] = [];
  for (const file of args.files) {
    const opened = await openFileSession(file, { packs, priorAnyYear: args.priorAnyYear }, given.prior, io, several);
    results.push({ file, ...opened });
  }
  let unreadable = given.failed;
  let blocking = false;
  const json: FileJson[] = [];
  for (const r of results) {
    if ('failure' in r) {
      unreadable = true;
      if (args.json) json.push(failureToJson(r.file, r.failure));
      else io.out(`${r.file}：无法审核。${r.failure}\n\n`);
      continue;
    }
    if (r.degraded) unreadable = true;
    if (r.session.findings.some(isBlocking)) blocking = true;
    if (args.json) json.push(reportToJson(r.file, reportOf(r.session), args.all, r.session.annotation));
    else io.out(`${reportToText(r.file, reportOf(r.session), args.all)}\n`);
  }
  if (args.json) io.out(`${JSON.stringify({ files: json }, null, 2)}\n`);
  else io.out(summaryLine(results) + '\n');
  return unreadable ? EXIT_UNREADABLE : blocking ? EXIT_FINDINGS : EXIT_OK;
}

function summaryLine(results: FileResult[]): string {
  const failed = results.filter((r) => 'failure' in r).length;
  const withErrors = results.filter((r) => 'session' in r && r.session.findings.some(isBlocking)).length;
  const clean = results.length - failed - withErrors;
  return `共 ${results.length} 个文件：无错误 ${clean} 个，有错误 ${withErrors} 个，无法审核 ${failed} 个。`;
}
