import { parseArgs } from 'util';
import { JuesuanError } from '../core/errors';
import { CliIO, EXIT_OK, EXIT_UNREADABLE, processIO } from './io';
import { terminalSafeIO } from './terminal-text';
import { REPORT_FORMATS, ReportFormat } from './report-formats';
import { USAGE } from './usage';

/*
 * Each command's module is loaded only when that command runs: ExcelJS, docx, ECharts and
 * resvg take most of a start-up, and `check` or `--help` need none (or only the first) of them.
 */

/**
 * The juesuan command: dispatches to a sub-command and returns the process exit code.
 * Never throws for bad input: usage errors print the help text and return 2, as do
 * expected failures (JuesuanError) such as an --out path that cannot be written.
 */
export async function run(argv: string[], rawIO: CliIO = processIO): Promise<number> {
  // Cells may hold terminal control characters (ESC, BEL): nothing printed carries them.
  const io = terminalSafeIO(rawIO);
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await runCheck(rest, io);
      case 'narrative':
        return await runNarrative(rest, io);
      case 'charts':
        return await runCharts(rest, io);
      case 'verify':
        return await runVerify(rest, io);
      case 'template':
        return await runTemplate(rest, io);
      case 'demo': {
        const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } }, allowPositionals: false });
        const { demoCommand } = await import('./demo-command');
        return await demoCommand(values.out, io);
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return command === undefined ? EXIT_UNREADABLE : EXIT_OK;
      default:
        io.err(`未知命令“${command}”。\n\n${USAGE}`);
        return EXIT_UNREADABLE;
    }
  } catch (e) {
    // An expected failure a command did not handle itself (an --out path that cannot be
    // written): its message, exit 2. Anything else is a defect and goes up as one.
    if (e instanceof JuesuanError) {
      io.err(`${e.message}\n`);
      return EXIT_UNREADABLE;
    }
    const problem = argumentProblem(e);
    if (problem === undefined) throw e;
    return usageError(io, problem);
  }
}

async function runCheck(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      prior: { type: 'string' },
      rules: { type: 'string', multiple: true },
      json: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      report: { type: 'string' },
      'prior-any-year': { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) return usageError(io, '请给出至少一个要审核的 .xlsx 文件或文件夹');
  if (values.report !== undefined && !/\.(xlsx|html?)$/i.test(values.report)) return usageError(io, `--report 的文件名应以 .xlsx 或 .html 结尾，而不是“${values.report}”`);
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 256)) return usageError(io, '--jobs 应为 1 到 256 的整数');
  const { checkCommand } = await import('./check-command');
  return checkCommand(
    { files: positionals, prior: values.prior, rules: values.rules ?? [], json: values.json ?? false, all: values.all ?? false, jobs, priorAnyYear: values['prior-any-year'], report: values.report },
    io,
  );
}

async function runNarrative(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      prior: { type: 'string' },
      style: { type: 'string' },
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
      'percent-decimals': { type: 'string' },
      'integer-amounts': { type: 'boolean' },
      'list-zero-items': { type: 'boolean' },
      'supplement-template': { type: 'boolean', default: false },
      'prior-any-year': { type: 'boolean', default: false },
    },
  });
  const style = values.style;
  const badStyle = await styleProblem(style);
  if (badStyle) return usageError(io, badStyle);
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) return usageError(io, `--format 只能是 ${REPORT_FORMATS.join('、')}，而不是“${values.format}”`);
  const decimals = values['percent-decimals'] === undefined ? undefined : Number(values['percent-decimals']);
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 4)) return usageError(io, '--percent-decimals 应为 0 到 4 的整数');
  if (positionals.length > 1) return usageError(io, '一次只能生成一个工作簿的说明');
  const { narrativeCommand } = await import('./narrative-command');
  return narrativeCommand(
    {
      file: positionals[0],
      prior: values.prior,
      settings: { style, percentDecimals: decimals, integerAmounts: values['integer-amounts'], listZeroItems: values['list-zero-items'] },
      priorAnyYear: values['prior-any-year'],
      format,
      out: values.out,
      supplementTemplate: values['supplement-template'] ?? false,
    },
    io,
  );
}

async function runCharts(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { prior: { type: 'string' }, out: { type: 'string' }, 'prior-any-year': { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1 || !values.out) return usageError(io, '用法：juesuan charts <决算表.xlsx> [--prior <上年决算表.xlsx>] --out <目录>');
  const { chartsCommand } = await import('./charts-command');
  return chartsCommand({ file: positionals[0], prior: values.prior, out: values.out, priorAnyYear: values['prior-any-year'] }, io);
}

async function runVerify(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      against: { type: 'string' },
      prior: { type: 'string' },
      json: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
      style: { type: 'string' },
      'prior-any-year': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1 || !values.against) return usageError(io, '用法：juesuan verify <报告.docx|.pdf|.txt|.md|.html> --against <决算表.xlsx>');
  const format = values.format;
  if (format !== 'text' && format !== 'html') return usageError(io, `--format 只能是 text 或 html，而不是“${format}”`);
  const style = values.style;
  const badStyle = await styleProblem(style);
  if (badStyle) return usageError(io, badStyle);
  const { verifyCommand } = await import('./verify-command');
  return verifyCommand(
    { report: positionals[0], against: values.against, prior: values.prior, json: values.json ?? false, format, out: values.out, style, priorAnyYear: values['prior-any-year'] },
    io,
  );
}

async function runTemplate(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      template: { type: 'string' },
      year: { type: 'string' },
      unit: { type: 'string' },
      from: { type: 'string' },
      codes: { type: 'string', multiple: true },
      rules: { type: 'string', multiple: true },
      out: { type: 'string' },
    },
  });
  const usage = '用法：juesuan template --template <模板> --year <年度> [--unit <单位名称>] [--from <上年决算表.xlsx>] [--codes <科目编码,…>] [--rules <规则包.json>] --out <空白决算表.xlsx>';
  if (positionals.length > 0 || !values.template || !values.year || !values.out) return usageError(io, usage);
  const { templateIds } = await import('../core/templates');
  if (!templateIds().includes(values.template)) return usageError(io, `--template 只能是 ${templateIds().join('、')} 之一，而不是“${values.template}”`);
  const year = Number(values.year);
  if (!(Number.isInteger(year) && year >= 2000 && year <= 2100)) return usageError(io, `--year 应为 2000 到 2100 之间的年份，而不是“${values.year}”`);
  const codes = (values.codes ?? []).flatMap((c) => c.split(/[,，\s]+/)).filter(Boolean);
  const { templateCommand } = await import('./template-command');
  return templateCommand({ template: values.template, year, unitName: values.unit, from: values.from, codes, rules: values.rules ?? [], out: values.out }, io);
}

/** Why --style is not a registered report style, or undefined; the registry is loaded only when a style is named. */
async function styleProblem(style: string | undefined): Promise<string | undefined> {
  if (style === undefined) return undefined;
  const styles = (await import('../core/templates')).reportStyles().map((s) => s.id);
  return styles.includes(style) ? undefined : `--style 只能是 ${styles.join('、')} 之一，而不是“${style}”`;
}

function usageError(io: CliIO, problem: string): number {
  io.err(`参数有误：${problem}\n\n${USAGE}`);
  return EXIT_UNREADABLE;
}

/** A Chinese description of a util.parseArgs error, or undefined for any other error. */
function argumentProblem(e: unknown): string | undefined {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (!code.startsWith('ERR_PARSE_ARGS')) return undefined;
  const option = /'(-[^' ]*)/.exec((e as Error).message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `不认识的选项 ${option}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return '多余的参数';
  return `选项 ${option} 的用法不对（是否缺少取值？）`;
}
