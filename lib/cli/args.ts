/** Parses the CLI's arguments per the contract in BRIEF.md; unknown flags are user errors. */
import { UserError } from './user-error';

export const COMMANDS = ['extract', 'related', 'diff', 'analyze', 'export'] as const;
export type Command = (typeof COMMANDS)[number];

export interface CliArgs {
  command: Command;
  inputs: string[];
  corpus: string | null;
  top: number;
  all: boolean;
  url: string | null;
  /** `export -o file`: where to write the export (stdout when null). */
  out: string | null;
}

const USAGE =
  'usage: xref extract <file> [--url U] | related <file> [--corpus C] [--top N] | related --corpus C --all | diff <fileA> <fileB> | analyze <file> [--corpus C] | export <folder> [-o file]';

export function parseArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (!command || !(COMMANDS as readonly string[]).includes(command)) {
    throw new UserError(command ? `Unknown command "${command}". ${USAGE}` : `No command given. ${USAGE}`);
  }
  const args: CliArgs = {
    command: command as Command,
    inputs: [],
    corpus: null,
    top: 10,
    all: false,
    url: null,
    out: null,
  };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (): string => {
      const next = rest[++i];
      if (next === undefined) throw new UserError(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--corpus') args.corpus = value();
    else if (arg === '--url') args.url = value();
    else if (arg === '-o' || arg === '--out') args.out = value();
    else if (arg === '--all') args.all = true;
    else if (arg === '--top') {
      const raw = value();
      if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 1000)
        throw new UserError(`--top takes a whole number from 1 to 1000, not "${raw}".`);
      args.top = Number(raw);
    } else if (arg.startsWith('--')) throw new UserError(`Unknown flag "${arg}". ${USAGE}`);
    else args.inputs.push(arg);
  }
  const want = { extract: 1, related: args.all ? 0 : 1, diff: 2, analyze: 1, export: 1 }[args.command];
  if (args.inputs.length !== want) {
    throw new UserError(
      `"${args.command}" takes ${want} input${want === 1 ? '' : 's'}, got ${args.inputs.length}. ${USAGE}`,
    );
  }
  if (args.all && (args.command !== 'related' || !args.corpus))
    throw new UserError('--all works only as "related --corpus C --all".');
  if (args.url && args.command !== 'extract') throw new UserError('--url works only with "extract".');
  if (args.out && args.command !== 'export') throw new UserError('-o works only with "export".');
  if (args.command === 'export' && (args.corpus || args.all))
    throw new UserError('"export" takes a folder and -o only.');
  return args;
}
