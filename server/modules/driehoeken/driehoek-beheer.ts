import type { CreateDriehoek, UpdateDriehoek } from '../../../common/api/driehoeken.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/errors.js';
import { AppError, forbidden, invalid } from '../../errors.js';
import { amsterdamToday } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import { auditFromContext } from '../audit/audit.service.js';
import { driehoekNietGevonden, getDriehoek, requireWijzigrecht } from './driehoek-lezen.js';
import { checkHoeken } from './driehoek-validatie.js';
import * as repo from './driehoeken.repository.js';

export function staleVersion(): AppError {
  return new AppError('versie-verouderd', 'Iemand anders heeft deze driehoek intussen gewijzigd. Laad haar opnieuw en breng uw wijziging opnieuw aan.');
}

const bestaatAl = () =>
  new AppError('driehoek-bestaat-al', 'Deze uitvoeringsorganisatie heeft al een driehoek; elke uitvoeringsorganisatie heeft er precies één.');

/** The row with its opdrachtgevers, as the audit payload. */
async function snapshot(db: DbOrTx, row: repo.DriehoekRow) {
  const opdrachtgevers = (await repo.findOpdrachtgevers(db, [row.id])).map((g) => ({
    organisatieId: g.organisatieId,
    isCoordinerend: g.isCoordinerend,
  }));
  return { ...row, opdrachtgevers };
}

function requireBeheerder(ctx: ServiceContext) {
  if (!ctx.actor.isBeheerder) throw forbidden('Alleen een beheerder mag driehoeken aanmaken of verwijderen.');
}

/**
 * Creates the driehoek of an agency (beheerder). A breach of the separation check does not
 * stop it: the answer carries the warnings.
 */
export async function createDriehoek(ctx: ServiceContext, input: CreateDriehoek) {
  requireBeheerder(ctx);
  const today = amsterdamToday(ctx.clock.now());
  let id: string;
  try {
    id = await ctx.db.transaction(async (tx) => {
      const problems = await checkHoeken(tx, input, today);
      if (problems.length) throw invalid(problems);
      if (await repo.findByUitvoeringsorganisatie(tx, input.uitvoeringsorganisatieId)) throw bestaatAl();
      const now = ctx.clock.now();
      const created = await repo.insertDriehoek(tx, {
        id: newId(),
        uitvoeringsorganisatieId: input.uitvoeringsorganisatieId,
        eigenaarId: input.eigenaarId,
        omschrijving: input.omschrijving ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await repo.replaceOpdrachtgevers(tx, created.id, input.opdrachtgevers);
      await auditFromContext(tx, ctx, { actie: 'aangemaakt', entiteit: 'driehoek', entiteitId: created.id, na: await snapshot(tx, created) });
      return created.id;
    });
  } catch (error) {
    // Two beheerders creating the same agency's driehoek at once: the unique index decides.
    if (isUniqueViolation(error)) throw bestaatAl();
    throw error;
  }
  return getDriehoek(ctx, id);
}

/**
 * Changes the corners or the description, with optimistic concurrency. A beheerder, the
 * eigenaar or the coördinerend opdrachtgever of this driehoek may; only a beheerder may move it
 * to another agency.
 */
export async function updateDriehoek(ctx: ServiceContext, id: string, version: number, input: UpdateDriehoek) {
  const today = amsterdamToday(ctx.clock.now());
  try {
    await ctx.db.transaction(async (tx) => {
      const before = await repo.findDriehoekForUpdate(tx, id);
      if (!before) throw driehoekNietGevonden();
      await requireWijzigrecht(ctx, tx, id);
      const isVerhuizing = input.uitvoeringsorganisatieId !== undefined && input.uitvoeringsorganisatieId !== before.uitvoeringsorganisatieId;
      if (isVerhuizing && !ctx.actor.isBeheerder) {
        throw forbidden('Alleen een beheerder mag een driehoek aan een andere uitvoeringsorganisatie koppelen.');
      }
      if (before.version !== version) throw staleVersion();
      const problems = await checkHoeken(tx, { ...input, uitvoeringsorganisatieId: isVerhuizing ? input.uitvoeringsorganisatieId : undefined }, today);
      if (problems.length) throw invalid(problems);
      if (isVerhuizing && (await repo.findByUitvoeringsorganisatie(tx, input.uitvoeringsorganisatieId!))) throw bestaatAl();
      const voor = await snapshot(tx, before);
      if (input.opdrachtgevers !== undefined) await repo.replaceOpdrachtgevers(tx, id, input.opdrachtgevers);
      const after = await repo.updateDriehoek(tx, id, version, {
        ...(isVerhuizing ? { uitvoeringsorganisatieId: input.uitvoeringsorganisatieId! } : {}),
        ...(input.eigenaarId !== undefined ? { eigenaarId: input.eigenaarId } : {}),
        ...(input.omschrijving !== undefined ? { omschrijving: input.omschrijving } : {}),
      }, ctx.clock.now());
      if (!after) throw staleVersion();
      await auditFromContext(tx, ctx, { actie: 'gewijzigd', entiteit: 'driehoek', entiteitId: id, voor, na: await snapshot(tx, after) });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw bestaatAl();
    throw error;
  }
  return getDriehoek(ctx, id);
}

/** Deletes a driehoek nothing refers to (beheerder); while rollen or items refer to it, 409. */
export async function deleteDriehoek(ctx: ServiceContext, id: string, version: number) {
  requireBeheerder(ctx);
  try {
    await ctx.db.transaction(async (tx) => {
      const before = await repo.findDriehoekForUpdate(tx, id);
      if (!before) throw driehoekNietGevonden();
      const voor = await snapshot(tx, before);
      if (!(await repo.deleteDriehoek(tx, id, version))) throw staleVersion();
      await auditFromContext(tx, ctx, { actie: 'verwijderd', entiteit: 'driehoek', entiteitId: id, voor });
    });
  } catch (error) {
    if (isForeignKeyViolation(error)) {
      throw new AppError('driehoek-in-gebruik', 'Er verwijzen nog rollen of andere gegevens naar deze driehoek. Beëindig of verplaats die eerst.');
    }
    throw error;
  }
}
