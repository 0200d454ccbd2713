import type { Database } from '../db/client.js';
import { DEMO_WACHTWOORD, isDatabaseLeeg, seedDemo } from '../db/seed/demo.js';
import { type CliIo, type Command, parseCommandArgs, withDatabase } from './commands.js';

export const seedCommand: Command = {
  name: 'seed',
  summary: 'Laadt de fictieve voorbeeldgegevens (--demo)',
  usage:
    'Gebruik: driehoek seed --demo\n\nLaadt de fictieve voorbeeldgegevens met demo-accounts (wachtwoord driehoek-demo) in een lege database.',
  async run(args, ctx) {
    const parsed = parseCommandArgs(this, args, { demo: { type: 'boolean' } }, ctx.io);
    if (!parsed) return 0;
    if (!parsed.values.demo) {
      ctx.io.err('Geef --demo op: er is (nog) geen andere soort gegevens om te laden.');
      return 2;
    }
    return withDatabase(ctx.config, async (database) => {
      if (!(await isDatabaseLeeg(database.db))) {
        ctx.io.err('De database bevat al personen of organisaties; voorbeeldgegevens worden alleen in een lege database geladen.');
        return 1;
      }
      const accounts = await seedDemo(database.db);
      printAccounts(ctx.io, accounts);
      return 0;
    });
  },
};

/** On the first start of an empty embedded database: load the demo data and print the accounts. */
export async function loadDemoOnFirstStart(database: Database, io: CliIo): Promise<void> {
  if (!(await isDatabaseLeeg(database.db))) return;
  io.out('Lege ingebouwde database: voorbeeldgegevens worden geladen…');
  printAccounts(io, await seedDemo(database.db));
}

function printAccounts(io: CliIo, accounts: { email: string; rollen: string }[]) {
  io.out(`\nVoorbeeldgegevens geladen (fictief). Demo-accounts, alle met wachtwoord '${DEMO_WACHTWOORD}':`);
  for (const a of accounts) io.out(`  ${a.email.padEnd(44)} ${a.rollen}`);
  io.out('');
}
