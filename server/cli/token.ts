import type { ApiToken } from '../../common/api/api-tokens.js';
import { findOrganisatieByRef } from '../modules/organisaties/organisaties.service.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../modules/sessies/api-tokens.service.js';
import { CliUsageError, parseCommandArgs, withDatabase } from './commands.js';
import { cliServiceContext, commandGroup, requireOptions, type Subcommand, UUID_PATTERN } from './subcommands.js';

const create: Subcommand = {
  name: 'token create',
  summary: 'Maakt een API-token voor een organisatie (eenmalig getoond)',
  usage: [
    'Gebruik: driehoek token create --organisatie ORG --naam N',
    '',
    'Maakt een API-token waarmee een systeem namens de organisatie de API gebruikt',
    "(header 'Authorization: Bearer <token>'). Het token wordt één keer getoond; Driehoek bewaart alleen een hash.",
    '  --organisatie  id, naam of afkorting van de organisatie',
    '  --naam         waarvoor het token is, bijvoorbeeld "Koppeling zaaksysteem"',
  ].join('\n'),
  async run(args, ctx) {
    const parsed = parseCommandArgs(this, args, { organisatie: { type: 'string' }, naam: { type: 'string' } }, ctx.io);
    if (!parsed) return 0;
    requireOptions(this.name, parsed.values, ['organisatie', 'naam']);
    const naam = parsed.values.naam!.trim();
    if (naam.length < 2 || naam.length > 100) throw new CliUsageError('--naam: tussen 2 en 100 tekens.', this.name);
    return withDatabase(ctx.config, async (database) => {
      const organisatie = await findOrganisatieByRef(database.db, parsed.values.organisatie!);
      const created = await createApiToken(cliServiceContext(database), { naam, organisatieId: organisatie.id });
      ctx.io.out(`API-token '${created.naam}' aangemaakt voor ${created.organisatieNaam} (id ${created.id}).`);
      ctx.io.out('Bewaar het nu: het wordt niet nog eens getoond.\n');
      ctx.io.out(created.token);
      ctx.io.out(`\nGebruik: Authorization: Bearer ${created.prefix}…`);
      return 0;
    });
  },
};

const revoke: Subcommand = {
  name: 'token revoke',
  summary: 'Trekt een API-token in',
  usage: "Gebruik: driehoek token revoke --id ID\n\nHet token wordt daarna geweigerd (401). Het id staat in 'driehoek token list'.",
  async run(args, ctx) {
    const parsed = parseCommandArgs(this, args, { id: { type: 'string' } }, ctx.io);
    if (!parsed) return 0;
    requireOptions(this.name, parsed.values, ['id']);
    if (!UUID_PATTERN.test(parsed.values.id!)) throw new CliUsageError('--id: geef het id (een UUID) van het token.', this.name);
    return withDatabase(ctx.config, async (database) => {
      const { token, isAlIngetrokken } = await revokeApiToken(cliServiceContext(database), parsed.values.id!);
      ctx.io.out(isAlIngetrokken
        ? `API-token '${token.naam}' was al ingetrokken op ${token.ingetrokkenOp}.`
        : `Ingetrokken: API-token '${token.naam}' van ${token.organisatieNaam}.`);
      return 0;
    });
  },
};

const list: Subcommand = {
  name: 'token list',
  summary: 'Toont de API-tokens (zonder het token zelf)',
  usage: 'Gebruik: driehoek token list [--alle]\n\nToont de actieve API-tokens met hun begin (prefix).\n  --alle   ook ingetrokken tokens',
  async run(args, ctx) {
    const parsed = parseCommandArgs(this, args, { alle: { type: 'boolean' } }, ctx.io);
    if (!parsed) return 0;
    return withDatabase(ctx.config, async (database) => {
      const service = cliServiceContext(database);
      const tokens: ApiToken[] = [];
      for (let page = 1; ; page++) {
        const result = await listApiTokens(service, { page, pageSize: 200, isActief: parsed.values.alle ? undefined : true }, '');
        tokens.push(...result.items);
        if (!result._links.next) break;
      }
      if (tokens.length === 0) {
        ctx.io.out(parsed.values.alle ? 'Er zijn geen API-tokens.' : 'Er zijn geen actieve API-tokens.');
        return 0;
      }
      for (const t of tokens) {
        const status = t.ingetrokkenOp ? `ingetrokken ${t.ingetrokkenOp.slice(0, 10)}` : `laatst gebruikt ${t.lastUsedAt?.slice(0, 10) ?? 'nooit'}`;
        ctx.io.out(`${t.id}  ${t.prefix}…  ${t.naam.padEnd(30)} ${t.organisatieNaam.padEnd(30)} ${status}`);
      }
      return 0;
    });
  },
};

export const tokenCommand = commandGroup('token', 'Beheert API-tokens: create, list, revoke', [create, list, revoke]);
