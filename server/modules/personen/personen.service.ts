import type { CreatePersoon, ListPersonenQuery, UpdatePersoon } from '../../../common/api/personen.js';
import type { RolSoort } from '../../../common/enums.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { isUniqueViolation } from '../../db/errors.js';
import { AppError, forbidden, notFound, registerErrorCodes } from '../../errors.js';
import { amsterdamToday, toIsoDate } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import { toPage } from '../../lib/paging.js';
import { auditFromContext, registerAuditVisibility } from '../audit/audit.service.js';
import { endSessiesVanPersoon } from '../sessies/sessies.service.js';
import { auditPersoon, presentPersoon } from './personen.presenter.js';
import * as repo from './personen.repository.js';
import * as rollenRepo from './rollen.repository.js';

registerErrorCodes({
  'persoon-niet-gevonden': { status: 404, title: 'Persoon niet gevonden' },
  'persoon-email-bestaat': { status: 409, title: 'E-mailadres al in gebruik' },
  'persoon-eigen-account': { status: 409, title: 'Eigen account' },
});

// Personen are reference data: every logged-in user may read them, and so their history.
registerAuditVisibility('persoon', async (ctx, id) => (await repo.findPersoon(ctx.db, id)) !== null);

export function requireBeheerder(ctx: ServiceContext): void {
  if (!ctx.actor.isBeheerder) throw forbidden('Alleen een beheerder mag personen en rollen beheren.');
}

export function staleVersion(): AppError {
  return new AppError('versie-verouderd', 'Iemand anders heeft dit item intussen gewijzigd. Laad het opnieuw en breng uw wijziging opnieuw aan.');
}

function emailBestaat(email: string): AppError {
  return new AppError('persoon-email-bestaat', `Er is al een persoon met het e-mailadres ${email}.`);
}

/** A page of people with the roles they hold today; reference data for every logged-in user. */
export async function listPersonen(ctx: ServiceContext, query: ListPersonenQuery, basePath: string) {
  const today = amsterdamToday(ctx.clock.now());
  const { items, total } = await repo.listPersonen(ctx.db, { ...query, today }, query);
  const rollen = await rollenRepo.listGeldigeRollen(ctx.db, items.map((p) => p.id), today);
  const present = items.map((p) => presentPersoon(p, rollen.filter((r) => r.rol.persoonId === p.id), today));
  return toPage(present, total, query, basePath, query);
}

/** One person with the roles they hold today, or 404. */
export async function getPersoon(ctx: ServiceContext, id: string) {
  const row = await repo.findPersoon(ctx.db, id);
  if (!row) throw notFound('persoon-niet-gevonden');
  const today = amsterdamToday(ctx.clock.now());
  return presentPersoon(row, await rollenRepo.listGeldigeRollen(ctx.db, [id], today), today);
}

/** Adds a person (beheerder); e-mail addresses are unique regardless of case. */
export async function createPersoon(ctx: ServiceContext, input: CreatePersoon) {
  requireBeheerder(ctx);
  const id = newId();
  try {
    await ctx.db.transaction(async (tx) => {
      const now = ctx.clock.now();
      const created = await repo.insertPersoon(tx, {
        id,
        naam: input.naam,
        email: input.email,
        isActief: input.isActief ?? true,
        createdAt: now,
        updatedAt: now,
      });
      await auditFromContext(tx, ctx, { actie: 'aangemaakt', entiteit: 'persoon', entiteitId: id, na: auditPersoon(created) });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailBestaat(input.email);
    throw error;
  }
  return getPersoon(ctx, id);
}

/**
 * Partial update with optimistic concurrency. Disabling a person ends their sessions at once,
 * in the same transaction, so a disabled account cannot act for another second.
 */
export async function updatePersoon(ctx: ServiceContext, id: string, version: number, input: UpdatePersoon) {
  requireBeheerder(ctx);
  try {
    await ctx.db.transaction(async (tx) => {
      const before = await repo.findPersoon(tx, id);
      if (!before) throw notFound('persoon-niet-gevonden');
      if (before.version !== version) throw staleVersion();
      if (input.isActief === false && id === ctx.actor.persoonId) {
        throw new AppError('persoon-eigen-account', 'U kunt uw eigen account niet uitschakelen; vraag een andere beheerder.');
      }
      const after = await repo.updatePersoon(tx, id, version, {
        ...(input.naam !== undefined ? { naam: input.naam } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.isActief !== undefined ? { isActief: input.isActief } : {}),
      }, ctx.clock.now());
      if (!after) throw staleVersion();
      if (before.isActief && !after.isActief) await endSessiesVanPersoon(tx, id);
      await auditFromContext(tx, ctx, { actie: 'gewijzigd', entiteit: 'persoon', entiteitId: id, voor: auditPersoon(before), na: auditPersoon(after) });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw emailBestaat(input.email ?? '');
    throw error;
  }
  return getPersoon(ctx, id);
}

/** A person's roles (with organisation names), only those valid on `today` when given. */
export async function getRollenVanPersoon(db: DbOrTx, persoonId: string, today?: string) {
  const rows = await repo.listRollenVanPersoon(db, persoonId, today);
  return rows.map((r) => ({
    rolId: r.id,
    rol: r.rol as RolSoort,
    organisatieId: r.organisatieId,
    organisatieNaam: r.organisatieNaam,
    driehoekId: r.driehoekId,
    geldigVan: toIsoDate(r.geldigVan)!,
    geldigTot: toIsoDate(r.geldigTot),
  }));
}

/** The raw person row (for the sessies module); null when unknown. */
export async function getPersoonRow(db: DbOrTx, id: string) {
  return repo.findPersoon(db, id);
}

/** Throws 404 when the person does not exist (for routes under /personen/{id}). */
export async function requirePersoon(db: DbOrTx, id: string) {
  const row = await repo.findPersoon(db, id);
  if (!row) throw notFound('persoon-niet-gevonden');
  return row;
}
