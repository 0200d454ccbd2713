import { API_TOKEN_PREFIX, type ApiToken, type CreateApiToken, type ListApiTokensQuery } from '../../../common/api/api-tokens.js';
import type { ServiceContext } from '../../context.js';
import { forbidden, invalid, notFound, registerErrorCodes } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import { toPage } from '../../lib/paging.js';
import { auditFromContext, registerAuditVisibility } from '../audit/audit.service.js';
import { getOrganisatieRows } from '../organisaties/organisaties.service.js';
import * as repo from './api-tokens.repository.js';
import { hashSecret, newSecret } from './tokens.js';

registerErrorCodes({
  'api-token-niet-gevonden': { status: 404, title: 'API-token niet gevonden' },
});

registerAuditVisibility('api-token', async (ctx, id) => ctx.actor.isBeheerder && (await repo.findApiToken(ctx.db, id)) !== null);

/** How many characters of a token are kept to recognise it: `dh_` and eight more. */
const PREFIX_LENGTE = API_TOKEN_PREFIX.length + 8;

function requireBeheerder(ctx: ServiceContext): void {
  // An API token never manages tokens, even one of a beheerder's organisation: no self-propagation.
  if (!ctx.actor.isBeheerder || ctx.actor.kind === 'token') throw forbidden('Alleen een beheerder beheert API-tokens.');
}

export function presentApiToken(row: repo.ApiTokenRow): ApiToken {
  return {
    id: row.id,
    naam: row.naam,
    organisatieId: row.organisatieId,
    organisatieNaam: row.organisatieNaam,
    prefix: row.prefix,
    aangemaaktDoor: row.aangemaaktDoor,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    ingetrokkenOp: row.ingetrokkenOp?.toISOString() ?? null,
    isActief: row.ingetrokkenOp === null,
  };
}

/** A page of API tokens (beheerder); shows the prefix, never the token or its hash. */
export async function listApiTokens(ctx: ServiceContext, query: ListApiTokensQuery, basePath: string) {
  requireBeheerder(ctx);
  const { items, total } = await repo.listApiTokens(ctx.db, query, query);
  return toPage(items.map(presentApiToken), total, query, basePath, query);
}

/** One API token (beheerder), or 404. */
export async function getApiToken(ctx: ServiceContext, id: string): Promise<ApiToken> {
  requireBeheerder(ctx);
  const row = await repo.findApiToken(ctx.db, id);
  if (!row) throw notFound('api-token-niet-gevonden');
  return presentApiToken(row);
}

/**
 * Creates a token for one organisation (beheerder). Only its SHA-256 is stored, so the
 * returned `token` is the one and only time anyone sees it.
 */
export async function createApiToken(ctx: ServiceContext, input: CreateApiToken): Promise<ApiToken & { token: string }> {
  requireBeheerder(ctx);
  const [organisatie] = await getOrganisatieRows(ctx.db, [input.organisatieId]);
  if (!organisatie) throw invalid([{ name: 'organisatieId', code: 'onbekend', reason: 'deze organisatie bestaat niet' }]);
  const token = newSecret(API_TOKEN_PREFIX);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const row = {
      id,
      naam: input.naam,
      organisatieId: organisatie.id,
      prefix: token.slice(0, PREFIX_LENGTE),
      aangemaaktDoor: ctx.actor.persoonId,
      createdAt: ctx.clock.now(),
    };
    await repo.insertApiToken(tx, { ...row, tokenHash: hashSecret(token) });
    await auditFromContext(tx, ctx, { actie: 'aangemaakt', entiteit: 'api-token', entiteitId: id, na: row });
  });
  return { ...(await getApiToken(ctx, id)), token };
}

/**
 * Revokes a token (beheerder); from then on it is refused with 401. Revoking is one-way, so
 * revoking again changes nothing and is no error.
 */
export async function revokeApiToken(ctx: ServiceContext, id: string): Promise<{ token: ApiToken; isAlIngetrokken: boolean }> {
  requireBeheerder(ctx);
  const isAlIngetrokken = await ctx.db.transaction(async (tx) => {
    const before = await repo.findApiToken(tx, id);
    if (!before) throw notFound('api-token-niet-gevonden');
    const now = ctx.clock.now();
    if (!(await repo.revokeApiToken(tx, id, now))) return true;
    await auditFromContext(tx, ctx, {
      actie: 'ingetrokken',
      entiteit: 'api-token',
      entiteitId: id,
      voor: { ingetrokkenOp: null },
      na: { ingetrokkenOp: now },
    });
    return false;
  });
  return { token: await getApiToken(ctx, id), isAlIngetrokken };
}
