import { ROLLEN } from '../../common/enums.js';
import { AppError, type InvalidParam } from '../errors.js';
import { checkAccountInvoer, createAccount, disableAccount, listAccounts } from '../modules/personen/accounts.service.js';
import { findOrganisatieByRef, getPaden } from '../modules/organisaties/organisaties.service.js';
import { MIN_WACHTWOORD_LENGTE } from '../modules/sessies/wachtwoord.js';
import { type CliContext, CliUsageError, parseCommandArgs, withDatabase } from './commands.js';
import { cliServiceContext, commandGroup, requireOptions, type Subcommand, UUID_PATTERN } from './subcommands.js';

const OPTIE_VAN: Record<string, string> = {
  email: '--email',
  naam: '--naam',
  rol: '--rol',
  organisatieId: '--organisatie',
  driehoekId: '--driehoek',
  wachtwoord: 'wachtwoord',
};

function usageError(command: string, problems: InvalidParam[]): CliUsageError {
  return new CliUsageError(problems.map((p) => `${OPTIE_VAN[p.name] ?? p.name}: ${p.reason}.`).join('\n'), command);
}

const add: Subcommand = {
  name: 'user add',
  summary: 'Voegt een persoon toe met een wachtwoord en één rol',
  usage: [
    'Gebruik: driehoek user add --email E --naam N --rol ROL [--organisatie ORG] [--driehoek ID]',
    '',
    'Voegt een persoon toe die met e-mailadres en wachtwoord inlogt, met één rol vanaf vandaag.',
    `  --rol          ${ROLLEN.join(', ')}`,
    '  --organisatie  id, naam of afkorting van de organisatie (verplicht, behalve voor beheerder)',
    '  --driehoek     id van de driehoek (verplicht voor procescoordinator)',
    '',
    `Het wachtwoord (minstens ${MIN_WACHTWOORD_LENGTE} tekens) komt uit DRIEHOEK_WACHTWOORD of wordt gevraagd.`,
    'Op een lege database maakt --rol beheerder de eerste beheerder aan.',
  ].join('\n'),
  async run(args, ctx) {
    const parsed = parseCommandArgs(this, args, {
      email: { type: 'string' },
      naam: { type: 'string' },
      rol: { type: 'string' },
      organisatie: { type: 'string' },
      driehoek: { type: 'string' },
    }, ctx.io);
    if (!parsed) return 0;
    const v = parsed.values;
    requireOptions(this.name, v, ['email', 'naam', 'rol']);
    if (v.driehoek && !UUID_PATTERN.test(v.driehoek)) throw new CliUsageError('--driehoek: geef het id (een UUID) van de driehoek.', this.name);
    const invoer = {
      email: v.email!,
      naam: v.naam!,
      rol: v.rol!,
      organisatieId: v.organisatie ?? null,
      driehoekId: v.driehoek ?? null,
    };
    // Argument mistakes are reported before asking for a password or touching the database.
    const problems = checkAccountInvoer(invoer);
    if (problems.length) throw usageError(this.name, problems);
    const wachtwoord = await askWachtwoord(this.name, ctx);
    return withDatabase(ctx.config, async (database) => {
      const service = cliServiceContext(database);
      const organisatie = invoer.organisatieId ? await findOrganisatieByRef(database.db, invoer.organisatieId) : null;
      try {
        const { persoon } = await createAccount(service, { ...invoer, organisatieId: organisatie?.id ?? null, wachtwoord });
        const bij = organisatie ? ` bij ${(await getPaden(database.db, [organisatie.id])).get(organisatie.id) ?? organisatie.naam}` : '';
        ctx.io.out(`Toegevoegd: ${persoon.naam} <${persoon.email}> met rol ${invoer.rol}${bij} (id ${persoon.id}).`);
        return 0;
      } catch (error) {
        if (error instanceof AppError && error.code === 'ongeldige-invoer' && error.invalidParams) throw usageError(this.name, error.invalidParams);
        throw error;
      }
    });
  },
};

async function askWachtwoord(command: string, ctx: CliContext): Promise<string> {
  let wachtwoord = ctx.config.cliPassword;
  if (wachtwoord === undefined) {
    if (!ctx.io.prompt) {
      throw new CliUsageError('Geen wachtwoord: zet DRIEHOEK_WACHTWOORD, of start het commando in een terminal om het in te typen.', command);
    }
    wachtwoord = await ctx.io.prompt('Wachtwoord: ', { hidden: true });
    if (wachtwoord.length >= MIN_WACHTWOORD_LENGTE && (await ctx.io.prompt('Nogmaals: ', { hidden: true })) !== wachtwoord) {
      throw new CliUsageError('De wachtwoorden zijn niet gelijk.', command);
    }
  }
  if (wachtwoord.length < MIN_WACHTWOORD_LENGTE) {
    throw new CliUsageError(`Het wachtwoord moet minstens ${MIN_WACHTWOORD_LENGTE} tekens lang zijn.`, command);
  }
  return wachtwoord;
}

const list: Subcommand = {
  name: 'user list',
  summary: 'Toont alle personen met hun huidige rollen',
  usage: 'Gebruik: driehoek user list [--json]\n\nToont alle personen met status en hun rollen van vandaag.\n  --json   als JSON, voor scripts',
  async run(args, ctx) {
    const parsed = parseCommandArgs(this, args, { json: { type: 'boolean' } }, ctx.io);
    if (!parsed) return 0;
    return withDatabase(ctx.config, async (database) => {
      const accounts = await listAccounts(database.db, new Date());
      if (parsed.values.json) {
        ctx.io.out(JSON.stringify(accounts, null, 2));
        return 0;
      }
      if (accounts.length === 0) {
        ctx.io.out("Nog geen personen. Voeg de eerste beheerder toe met 'driehoek user add --rol beheerder'.");
        return 0;
      }
      for (const a of accounts) {
        const rollen = a.rollen.map((r) => (r.organisatie ? `${r.rol} (${r.organisatie})` : r.rol)).join(', ') || 'geen rol';
        ctx.io.out(`${a.email.padEnd(40)} ${a.naam.padEnd(28)} ${(a.isActief ? 'actief' : 'uitgeschakeld').padEnd(13)} ${rollen}`);
      }
      ctx.io.out(`\n${accounts.length} ${accounts.length === 1 ? 'persoon' : 'personen'}.`);
      return 0;
    });
  },
};

const disable: Subcommand = {
  name: 'user disable',
  summary: 'Schakelt een account uit en beëindigt zijn sessies',
  usage: 'Gebruik: driehoek user disable --email E\n\nDe persoon kan niet meer inloggen; lopende sessies eindigen direct. Rollen en geschiedenis blijven.',
  async run(args, ctx) {
    const parsed = parseCommandArgs(this, args, { email: { type: 'string' } }, ctx.io);
    if (!parsed) return 0;
    requireOptions(this.name, parsed.values, ['email']);
    return withDatabase(ctx.config, async (database) => {
      const { persoon, isAlUitgeschakeld } = await disableAccount(cliServiceContext(database), parsed.values.email!);
      ctx.io.out(isAlUitgeschakeld
        ? `${persoon.naam} <${persoon.email}> was al uitgeschakeld.`
        : `Uitgeschakeld: ${persoon.naam} <${persoon.email}>; lopende sessies zijn beëindigd.`);
      return 0;
    });
  },
};

export const userCommand = commandGroup('user', 'Beheert accounts: add, list, disable', [add, list, disable]);
