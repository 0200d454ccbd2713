import { type ServiceContext, systemActor, systemClock } from '../context.js';
import type { Database } from '../db/client.js';
import { type CliContext, CliUsageError, type Command } from './commands.js';

/** One action of a command group, e.g. `user add`; `name` is the full 'user add'. */
export interface Subcommand {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], ctx: CliContext): Promise<number>;
}

/** A command made of actions (`driehoek user add|list|disable`), each with its own --help. */
export function commandGroup(name: string, summary: string, subcommands: Subcommand[]): Command {
  const usage = [
    `Gebruik: driehoek ${name} <actie> [opties]`,
    '',
    'Acties:',
    ...subcommands.map((s) => `  ${s.name.slice(name.length + 1).padEnd(10)} ${s.summary}`),
    '',
    `'driehoek ${name} <actie> --help' toont de opties van een actie.`,
  ].join('\n');
  return {
    name,
    summary,
    usage,
    async run(args, ctx) {
      const [action, ...rest] = args;
      if (action === '--help' || action === '-h' || action === 'help') {
        ctx.io.out(usage);
        return 0;
      }
      if (!action) throw new CliUsageError(`Geef een actie op: ${subcommands.map((s) => s.name.split(' ')[1]).join(', ')}.`, name);
      const sub = subcommands.find((s) => s.name === `${name} ${action}`);
      if (!sub) throw new CliUsageError(`Onbekende actie '${action}' voor 'driehoek ${name}'.`, name);
      return sub.run(rest, ctx);
    },
  };
}

/** Options that must be given; all missing ones named at once. */
export function requireOptions<T extends Record<string, unknown>>(command: string, values: T, names: (keyof T & string)[]): void {
  const missing = names.filter((n) => values[n] === undefined || values[n] === '');
  if (missing.length) {
    throw new CliUsageError(`Ontbrekende optie${missing.length > 1 ? 's' : ''}: ${missing.map((n) => `--${n}`).join(', ')}.`, command);
  }
}

/**
 * The service context of a CLI command: whoever may run the command on the database is its
 * administrator, so it acts as the system actor 'cli' (audited under that name).
 */
export function cliServiceContext(database: Database): ServiceContext {
  return { db: database.db, actor: systemActor('cli'), requestId: undefined, clock: systemClock };
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
