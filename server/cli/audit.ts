import { verifyAuditChain } from '../modules/audit/audit.service.js';
import { parseCommandArgs, withDatabase } from './commands.js';
import { commandGroup, type Subcommand } from './subcommands.js';

const verify: Subcommand = {
  name: 'audit verify',
  summary: 'Controleert de hele auditketen',
  usage: [
    'Gebruik: driehoek audit verify',
    '',
    'Rekent de hashketen van alle auditgebeurtenissen opnieuw uit. Klopt een gebeurtenis niet',
    '(gewijzigd, verwijderd of ingevoegd), dan noemt het commando de eerste en eindigt het met code 1.',
    'Geredigeerde inhoud breekt de keten niet.',
  ].join('\n'),
  async run(args, ctx) {
    if (!parseCommandArgs(this, args, {}, ctx.io)) return 0;
    return withDatabase(ctx.config, async (database) => {
      const result = await verifyAuditChain(database.db);
      if (result.isIntact) {
        ctx.io.out(`Auditketen intact: ${result.checked} gebeurtenissen`);
        return 0;
      }
      const broken = result.firstBroken!;
      ctx.io.err(
        `Auditketen gebroken bij gebeurtenis ${broken.volgnummer} (id ${broken.id}): ${broken.reden}.\n` +
          `De ${result.checked} gebeurtenissen daarvoor kloppen.`,
      );
      return 1;
    });
  },
};

export const auditCommand = commandGroup('audit', 'Controleert de auditketen: verify', [verify]);
