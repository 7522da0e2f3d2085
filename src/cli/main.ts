import { parseArgs } from 'util';
import { checkCommand } from './check-command';
import { demoCommand } from './demo-command';
import { CliIO, EXIT_OK, EXIT_UNREADABLE, processIO } from './io';
import { USAGE } from './usage';

/**
 * The juesuan command: dispatches to a sub-command and returns the process exit code.
 * Never throws for bad input: usage errors print the help text and return 2.
 */
export async function run(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return await runCheck(rest, io);
      case 'demo': {
        const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } }, allowPositionals: false });
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
    const problem = argumentProblem(e);
    if (problem === undefined) throw e;
    io.err(`参数有误：${problem}\n\n${USAGE}`);
    return EXIT_UNREADABLE;
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
    },
  });
  if (positionals.length === 0) {
    io.err(`请给出至少一个要审核的 .xlsx 文件。\n\n${USAGE}`);
    return EXIT_UNREADABLE;
  }
  return checkCommand({ files: positionals, prior: values.prior, rules: values.rules ?? [], json: values.json ?? false, all: values.all ?? false }, io);
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
