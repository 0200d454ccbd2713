import type {
  CreateRol,
  ListRollenQuery,
  ListRollenVanPersoonQuery,
  RolMutatie,
  ScheidingWaarschuwingMetDriehoek,
  UpdateRol,
} from '../../../common/api/personen.js';
import { HOEK_VAN_ROL, type RolSoort } from '../../../common/enums.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError, invalid, notFound, registerErrorCodes } from '../../errors.js';
import { amsterdamToday } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import { toPage } from '../../lib/paging.js';
import { auditFromContext, registerAuditVisibility } from '../audit/audit.service.js';
import { getScheidingWaarschuwingen } from '../driehoeken/driehoeken.service.js';
import { presentRol } from './personen.presenter.js';
import { requireBeheerder, requirePersoon, staleVersion } from './personen.service.js';
import { checkRol, type RolVoorstel } from './rol-validatie.js';
import * as repo from './rollen.repository.js';

registerErrorCodes({
  'rol-niet-gevonden': { status: 404, title: 'Rol niet gevonden' },
  'rol-overlapt': { status: 409, title: 'Rol bestaat al in deze periode' },
  'rol-al-begonnen': { status: 409, title: 'Rol is al begonnen' },
});

// Rollen are reference data, like the people holding them.
registerAuditVisibility('rol', async (ctx, id) => (await repo.findRol(ctx.db, id)) !== null);

/** A page of roles, ended ones included, filtered on person, organisation, driehoek, kind and today's validity. */
export async function listRollen(ctx: ServiceContext, query: ListRollenQuery, basePath: string) {
  const today = amsterdamToday(ctx.clock.now());
  const { items, total } = await repo.listRollen(ctx.db, { ...query, today }, query);
  return toPage(items.map((r) => presentRol(r, today)), total, query, basePath, query);
}

/** A person's whole role history (ended and planned roles too); 404 for an unknown person. */
export async function listRollenVanPersoon(ctx: ServiceContext, persoonId: string, query: ListRollenVanPersoonQuery, basePath: string) {
  await requirePersoon(ctx.db, persoonId);
  return listRollen(ctx, { ...query, persoonId }, basePath);
}

/** One rol, or 404. */
export async function getRol(ctx: ServiceContext, id: string) {
  const row = await repo.findRolMetNamen(ctx.db, id);
  if (!row) throw notFound('rol-niet-gevonden');
  return presentRol(row, amsterdamToday(ctx.clock.now()));
}

async function checkOverlap(db: DbOrTx, rol: RolVoorstel & { id?: string; persoonId: string }) {
  const other = await repo.findOverlappendeRol(db, rol);
  if (other) {
    const periode = other.geldigTot ? `van ${other.geldigVan} tot en met ${other.geldigTot}` : `vanaf ${other.geldigVan}`;
    throw new AppError('rol-overlapt', `Deze persoon heeft deze rol hier al ${periode}. Pas die rol aan in plaats van een tweede toe te kennen.`, {
      extra: { rolId: other.id },
    });
  }
}

/**
 * The separation check (DOMAIN.md) for the driehoeken a rol counts in, on the day it takes
 * effect (today, or its start when that lies ahead). The rol is saved either way.
 */
async function scheidingscontrole(db: DbOrTx, rol: RolVoorstel, today: string): Promise<ScheidingWaarschuwingMetDriehoek[]> {
  let driehoekIds: string[] = [];
  if (rol.driehoekId) {
    driehoekIds = [rol.driehoekId];
  } else if (rol.organisatieId && ['eigenaar', 'opdrachtgever', 'coordinerend-opdrachtgever'].includes(rol.rol)) {
    driehoekIds = await repo.driehoekenMetHoekBoven(db, rol.organisatieId, HOEK_VAN_ROL[rol.rol] as 'eigenaar' | 'opdrachtgever');
  }
  if (driehoekIds.length === 0) return [];
  const peildatum = rol.geldigVan > today ? rol.geldigVan : today;
  const perDriehoek = await getScheidingWaarschuwingen(db, peildatum, driehoekIds);
  return [...perDriehoek].flatMap(([driehoekId, lijst]) => lijst.map((w) => ({ driehoekId, ...w })));
}

async function present(db: DbOrTx, id: string, today: string, scheidingWaarschuwingen: ScheidingWaarschuwingMetDriehoek[]): Promise<RolMutatie> {
  const row = await repo.findRolMetNamen(db, id);
  if (!row) throw notFound('rol-niet-gevonden');
  return { ...presentRol(row, today), scheidingWaarschuwingen };
}

/** Grants a person a rol (beheerder), starting today unless told otherwise. */
export async function createRol(ctx: ServiceContext, persoonId: string, input: CreateRol): Promise<RolMutatie> {
  requireBeheerder(ctx);
  const today = amsterdamToday(ctx.clock.now());
  const voorstel: RolVoorstel = {
    rol: input.rol,
    organisatieId: input.organisatieId ?? null,
    driehoekId: input.driehoekId ?? null,
    geldigVan: input.geldigVan ?? today,
    geldigTot: input.geldigTot ?? null,
  };
  return ctx.db.transaction(async (tx) => {
    await requirePersoon(tx, persoonId);
    await checkRol(tx, voorstel);
    await checkOverlap(tx, { ...voorstel, persoonId });
    const now = ctx.clock.now();
    const created = await repo.insertRol(tx, { id: newId(), persoonId, ...voorstel, createdAt: now, updatedAt: now });
    const waarschuwingen = await scheidingscontrole(tx, voorstel, today);
    await auditFromContext(tx, ctx, { actie: 'aangemaakt', entiteit: 'rol', entiteitId: created.id, na: { ...created, scheidingWaarschuwingen: waarschuwingen } });
    return present(tx, created.id, today, waarschuwingen);
  });
}

/** Changes the period of a rol; ending it keeps it as history. Optimistic concurrency (412). */
export async function updateRol(ctx: ServiceContext, id: string, version: number, input: UpdateRol): Promise<RolMutatie> {
  requireBeheerder(ctx);
  const today = amsterdamToday(ctx.clock.now());
  return ctx.db.transaction(async (tx) => {
    const before = await repo.findRol(tx, id);
    if (!before) throw notFound('rol-niet-gevonden');
    if (before.version !== version) throw staleVersion();
    const voorstel: RolVoorstel = {
      rol: before.rol as RolSoort,
      organisatieId: before.organisatieId,
      driehoekId: before.driehoekId,
      geldigVan: input.geldigVan ?? before.geldigVan,
      geldigTot: input.geldigTot === undefined ? before.geldigTot : input.geldigTot,
    };
    checkPeriode(voorstel);
    await checkOverlap(tx, { ...voorstel, id, persoonId: before.persoonId });
    const after = await repo.updateRol(tx, id, version, { geldigVan: voorstel.geldigVan, geldigTot: voorstel.geldigTot }, ctx.clock.now());
    if (!after) throw staleVersion();
    const waarschuwingen = await scheidingscontrole(tx, voorstel, today);
    await auditFromContext(tx, ctx, { actie: 'gewijzigd', entiteit: 'rol', entiteitId: id, voor: before, na: { ...after, scheidingWaarschuwingen: waarschuwingen } });
    return present(tx, id, today, waarschuwingen);
  });
}

function checkPeriode(rol: RolVoorstel) {
  if (rol.geldigTot !== null && rol.geldigTot < rol.geldigVan) {
    throw invalid([{ name: 'geldigTot', code: 'voor-begin', reason: 'de einddatum ligt vóór de begindatum' }]);
  }
}

/**
 * Removes a rol that has not started yet (a mistake caught in time). A rol that has started is
 * history: end it with a geldigTot instead.
 */
export async function deleteRol(ctx: ServiceContext, id: string, version: number): Promise<void> {
  requireBeheerder(ctx);
  const today = amsterdamToday(ctx.clock.now());
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findRol(tx, id);
    if (!before) throw notFound('rol-niet-gevonden');
    if (before.version !== version) throw staleVersion();
    if (before.geldigVan <= today) {
      throw new AppError('rol-al-begonnen', 'Deze rol is al begonnen en hoort bij de geschiedenis. Beëindig haar met een einddatum (geldigTot) in plaats van haar te verwijderen.');
    }
    if (!(await repo.deleteRol(tx, id, version))) throw staleVersion();
    await auditFromContext(tx, ctx, { actie: 'verwijderd', entiteit: 'rol', entiteitId: id, voor: before });
  });
}
