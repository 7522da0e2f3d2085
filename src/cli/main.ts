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
    if (e instanceof TypeError && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`参数有误：${e.message}\n\n${USAGE}`);
      return EXIT_UNREADABLE;
    }
    throw e;
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
