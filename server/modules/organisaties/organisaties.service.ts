import type { CreateOrganisatie, ListOrganisatiesQuery, UpdateOrganisatie } from '../../../common/api/organisaties.js';
import { type OrganisatieSoort, TOEGESTANE_OUDERS } from '../../../common/enums.js';
import { ORGANISATIE_SOORT_LABELS } from '../../../common/labels.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { isForeignKeyViolation } from '../../db/errors.js';
import { AppError, forbidden, invalid, notFound, registerErrorCodes } from '../../errors.js';
import { amsterdamToday } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import { toPage } from '../../lib/paging.js';
import { auditFromContext, registerAuditVisibility } from '../audit/audit.service.js';
import { isActiefOpDatum, presentOrganisatie } from './organisaties.presenter.js';
import * as repo from './organisaties.repository.js';

registerErrorCodes({
  'organisatie-niet-gevonden': { status: 404, title: 'Organisatie niet gevonden' },
  'organisatie-in-gebruik': { status: 409, title: 'Organisatie in gebruik' },
  'organisatie-dubbelzinnig': { status: 400, title: 'Organisatie niet eenduidig' },
});

registerAuditVisibility('organisatie', async (ctx, id) => (await repo.findOrganisatie(ctx.db, id)) !== null);

export function requireBeheerder(ctx: ServiceContext): void {
  if (!ctx.actor.isBeheerder) throw forbidden('Alleen een beheerder mag dit.');
}

/** A page of organisations; reference data, visible to every logged-in user. */
export async function listOrganisaties(ctx: ServiceContext, query: ListOrganisatiesQuery, basePath: string) {
  const today = amsterdamToday(ctx.clock.now());
  const { items, total } = await repo.listOrganisaties(ctx.db, { ...query, today }, query);
  const paden = await repo.padenVan(ctx.db, items.map((i) => i.id));
  return toPage(items.map((row) => presentOrganisatie(row, paden.get(row.id), today)), total, query, basePath, query);
}

/** One organisation, or 404. */
export async function getOrganisatie(ctx: ServiceContext, id: string) {
  const row = await repo.findOrganisatie(ctx.db, id);
  if (!row) throw notFound('organisatie-niet-gevonden');
  const paden = await repo.padenVan(ctx.db, [id]);
  return presentOrganisatie(row, paden.get(id), amsterdamToday(ctx.clock.now()));
}

/** The whole tree in one list (parentId links), for tree views and pickers. */
export async function getOrganisatieBoom(ctx: ServiceContext) {
  const today = amsterdamToday(ctx.clock.now());
  const rows = await repo.allForTree(ctx.db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      naam: r.naam,
      afkorting: r.afkorting,
      soort: r.soort as OrganisatieSoort,
      parentId: r.parentId,
      isActief: isActiefOpDatum(r, today),
    })),
  };
}

async function checkParent(db: DbOrTx, soort: OrganisatieSoort, parentId: string | null, selfId?: string) {
  const allowed = TOEGESTANE_OUDERS[soort];
  if (parentId === null) {
    if (!allowed.includes(null)) {
      throw invalid([{ name: 'parentId', code: 'verplicht', reason: `een ${ORGANISATIE_SOORT_LABELS[soort].toLowerCase()} hoort onder een andere organisatie` }]);
    }
    return;
  }
  const parent = await repo.findOrganisatie(db, parentId);
  if (!parent) throw invalid([{ name: 'parentId', code: 'onbekend', reason: 'deze organisatie bestaat niet' }]);
  if (!allowed.includes(parent.soort as OrganisatieSoort)) {
    const names = allowed.filter((s): s is OrganisatieSoort => s !== null).map((s) => ORGANISATIE_SOORT_LABELS[s].toLowerCase());
    throw invalid([{ name: 'parentId', code: 'ongeldige-ouder', reason: `een ${ORGANISATIE_SOORT_LABELS[soort].toLowerCase()} hoort onder: ${names.join(' of ')}` }]);
  }
  if (selfId && (await repo.subtreeIds(db, selfId)).includes(parentId)) {
    throw invalid([{ name: 'parentId', code: 'kringverwijzing', reason: 'een organisatie kan niet onder zichzelf of een eigen onderdeel hangen' }]);
  }
}

/** Creates an organisation in the tree (beheerder). */
export async function createOrganisatie(ctx: ServiceContext, input: CreateOrganisatie) {
  requireBeheerder(ctx);
  checkPeriode(input.actiefVan ?? null, input.actiefTot ?? null);
  const row = await ctx.db.transaction(async (tx) => {
    await checkParent(tx, input.soort, input.parentId ?? null);
    const now = ctx.clock.now();
    const created = await repo.insertOrganisatie(tx, {
      id: newId(),
      naam: input.naam,
      afkorting: input.afkorting ?? null,
      soort: input.soort,
      parentId: input.parentId ?? null,
      actiefVan: input.actiefVan ?? null,
      actiefTot: input.actiefTot ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await auditFromContext(tx, ctx, { actie: 'aangemaakt', entiteit: 'organisatie', entiteitId: created.id, na: created });
    return created;
  });
  return getOrganisatie(ctx, row.id);
}

/** Partial update with optimistic concurrency (412 on a stale version). */
export async function updateOrganisatie(ctx: ServiceContext, id: string, version: number, input: UpdateOrganisatie) {
  requireBeheerder(ctx);
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findOrganisatie(tx, id);
    if (!before) throw notFound('organisatie-niet-gevonden');
    if (before.version !== version) throw staleVersion();
    const soort = input.soort ?? (before.soort as OrganisatieSoort);
    const parentId = input.parentId === undefined ? before.parentId : input.parentId;
    if (input.soort !== undefined || input.parentId !== undefined) await checkParent(tx, soort, parentId, id);
    checkPeriode(input.actiefVan === undefined ? before.actiefVan : input.actiefVan, input.actiefTot === undefined ? before.actiefTot : input.actiefTot);
    const after = await repo.updateOrganisatie(tx, id, version, {
      ...(input.naam !== undefined ? { naam: input.naam } : {}),
      ...(input.afkorting !== undefined ? { afkorting: input.afkorting } : {}),
      soort,
      parentId,
      ...(input.actiefVan !== undefined ? { actiefVan: input.actiefVan } : {}),
      ...(input.actiefTot !== undefined ? { actiefTot: input.actiefTot } : {}),
    }, ctx.clock.now());
    if (!after) throw staleVersion();
    await auditFromContext(tx, ctx, { actie: 'gewijzigd', entiteit: 'organisatie', entiteitId: id, voor: before, na: after });
  });
  return getOrganisatie(ctx, id);
}

/** Deletes an organisation nothing refers to; otherwise 409 (end its active period instead). */
export async function deleteOrganisatie(ctx: ServiceContext, id: string, version: number) {
  requireBeheerder(ctx);
  try {
    await ctx.db.transaction(async (tx) => {
      const before = await repo.findOrganisatie(tx, id);
      if (!before) throw notFound('organisatie-niet-gevonden');
      if (!(await repo.deleteOrganisatie(tx, id, version))) throw staleVersion();
      await auditFromContext(tx, ctx, { actie: 'verwijderd', entiteit: 'organisatie', entiteitId: id, voor: before });
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new AppError('organisatie-in-gebruik', 'Deze organisatie heeft onderdelen, rollen, driehoeken of beleidsterreinen. Beëindig haar met een einddatum (actiefTot) in plaats van haar te verwijderen.');
    }
    throw error;
  }
}

function checkPeriode(van: string | null, tot: string | null) {
  if (van && tot && tot < van) {
    throw invalid([{ name: 'actiefTot', code: 'voor-begin', reason: 'de einddatum ligt vóór de begindatum' }]);
  }
}

export function staleVersion(): AppError {
  return new AppError('versie-verouderd', 'Iemand anders heeft dit item intussen gewijzigd. Laad het opnieuw en breng uw wijziging opnieuw aan.');
}

/**
 * Finds an organisation by id, or by a name or abbreviation that identifies exactly one
 * (CLI, import). An ambiguous reference is refused with the candidates listed.
 */
export async function findOrganisatieByRef(db: DbOrTx, ref: string) {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ref);
  const rows = isUuid ? [await repo.findOrganisatie(db, ref)].filter((r) => r !== null) : await repo.findByNaamOfAfkorting(db, ref);
  if (rows.length === 0) throw new AppError('organisatie-niet-gevonden', `Geen organisatie met id, naam of afkorting '${ref}'.`);
  if (rows.length > 1) {
    const paden = await repo.padenVan(db, rows.map((r) => r.id));
    const kandidaten = rows.map((r) => ({ id: r.id, naam: r.naam, pad: paden.get(r.id) ?? r.naam }));
    throw new AppError(
      'organisatie-dubbelzinnig',
      `'${ref}' past bij ${rows.length} organisaties; gebruik het id:\n${kandidaten.map((k) => `  ${k.id}  ${k.pad}`).join('\n')}`,
      { extra: { kandidaten } },
    );
  }
  return rows[0]!;
}

/** Organisation rows by id, for other modules (corners of a driehoek, beleidsverantwoordelijken). */
export async function getOrganisatieRows(db: DbOrTx, ids: string[]) {
  return repo.findOrganisaties(db, ids);
}

/** Ids of an organisation and everything below it in the tree. */
export async function getSubtreeIds(db: DbOrTx, rootId: string) {
  return repo.subtreeIds(db, rootId);
}

export async function getPaden(db: DbOrTx, ids: string[]) {
  return repo.padenVan(db, ids);
}
