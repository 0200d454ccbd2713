import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Config } from '../config.js';
import { type Database, openDatabase } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { auditCommand } from './audit.js';
import { reconcileCommand } from './reconcile.js';
import { serveCommand } from './serve.js';
import { seedCommand } from './seed.js';
import { tokenCommand } from './token.js';
import { userCommand } from './user.js';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Asks a question at a prompt (hidden input for passwords); absent when there is no terminal. */
  prompt?(question: string, options?: { hidden?: boolean }): Promise<string>;
}

export interface CliContext {
  io: CliIo;
  config: Config;
  env: Record<string, string | undefined>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], ctx: CliContext): Promise<number>;
}

/** Bad arguments: exit code 2, with a pointer to the help of `command` (e.g. 'user add'). */
export class CliUsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
  }
}

/** parseArgs with Dutch messages; `--help` prints the usage and returns null. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  command: Pick<Command, 'name' | 'usage'>,
  args: string[],
  options: T,
  io: CliIo,
  allowPositionals = false,
) {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(command.usage);
    return null;
  }
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw new CliUsageError(`Onbekende optie ${unknown[1]}.`, command.name);
    const missing = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message);
    if (missing) throw new CliUsageError(`Optie ${missing[1]} heeft een waarde nodig.`, command.name);
    const positional = /Unexpected argument '([^']+)'/.exec(message);
    if (positional) throw new CliUsageError(`Onverwacht argument '${positional[1]}'.`, command.name);
    const noValue = /Option '(?:-\w, )?(--[\w-]+)[^']*' does not take an argument/.exec(message);
    if (noValue) throw new CliUsageError(`Optie ${noValue[1]} neemt geen waarde.`, command.name);
    throw new CliUsageError(message, command.name);
  }
}

/** Opens the configured database and migrates it, for commands that work on it directly. */
export async function withDatabase<T>(config: Config, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, poolSize: 2 });
  try {
    await migrate(database.db);
    return await work(database);
  } finally {
    await database.close();
  }
}

const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Past de databasemigraties toe',
  usage: 'Gebruik: driehoek migrate\n\nPast alle nog niet toegepaste migraties toe op DATABASE_URL of de ingebouwde database in DATA_DIR.',
  async run(args, ctx) {
    if (!parseCommandArgs(this, args, {}, ctx.io)) return 0;
    const database = await openDatabase({ url: ctx.config.databaseUrl, dataDir: ctx.config.dataDir, poolSize: 1 });
    try {
      const { applied } = await migrate(database.db);
      ctx.io.out(applied.length ? `Toegepast: ${applied.join(', ')}` : 'De database is bij.');
      return 0;
    } finally {
      await database.close();
    }
  },
};

export const commands: Command[] = [serveCommand, migrateCommand, seedCommand, userCommand, tokenCommand, auditCommand, reconcileCommand];

export function printHelp(io: CliIo): void {
  io.out('Driehoek — werkplek voor de sturingsdriehoek\n\nGebruik: driehoek <commando> [opties]\n\nCommando\'s:');
  for (const c of commands) io.out(`  ${c.name.padEnd(14)} ${c.summary}`);
  io.out("\n'driehoek <commando> --help' toont de opties van een commando.");
}
