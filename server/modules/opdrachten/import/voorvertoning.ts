import type { CreateOpdrachtImportQuery, OpdrachtImport } from '../../../../common/api/opdracht-import.js';
import type { ServiceContext } from '../../../context.js';
import { AppError, notFound, registerErrorCodes } from '../../../errors.js';
import { newId } from '../../../lib/ids.js';
import { analyseer, leesBestand } from './analyse.js';
import type { ImportInstellingen } from './groepen.js';
import { actorSleutel } from './idempotentie.js';
import * as repo from './opdracht-imports.repository.js';
import { presentImport, voorvertoningVan } from './opdracht-imports.presenter.js';
import { checkMagImporteren } from './toegang.js';

registerErrorCodes({
  'import-niet-gevonden': { status: 404, title: 'Import niet gevonden' },
});

/** How long a preview waits for its commit. */
export const IMPORT_GELDIG_MS = 24 * 60 * 60 * 1000;

function instellingenVan(query: CreateOpdrachtImportQuery): ImportInstellingen {
  return {
    zijde: query.zijde,
    uitvoeringsorganisatieId: query.uitvoeringsorganisatieId,
    opdrachtgeverId: query.opdrachtgeverId ?? null,
    jaar: query.jaar ?? null,
    soort: query.soort ?? null,
    kolommen: query.kolommen ?? null,
  };
}

/**
 * Step 1 of an import: reads the uploaded list, recognises its columns, validates every row
 * against the register and says per opdracht what the commit would do (new, update of the
 * opdracht that side knows by the kenmerk, unchanged, invalid). Writes nothing but the upload.
 */
export async function createOpdrachtImport(ctx: ServiceContext, bestand: unknown, query: CreateOpdrachtImportQuery): Promise<OpdrachtImport> {
  if (!(bestand instanceof Uint8Array) || bestand.byteLength === 0) {
    throw new AppError('mediatype-niet-ondersteund', 'Stuur het bestand zelf als inhoud van het verzoek, met Content-Type text/csv of application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.');
  }
  await checkMagImporteren(ctx, ctx.db, query.uitvoeringsorganisatieId);
  const instellingen = instellingenVan(query);
  const bestandsnaam = query.bestandsnaam ?? 'bestand';
  const gelezen = await leesBestand(ctx, bestand, bestandsnaam, instellingen);
  const analyse = await analyseer(ctx, ctx.db, gelezen, instellingen);
  const now = ctx.clock.now();
  const id = newId();
  await repo.insertImport(ctx.db, {
    id,
    eigenaar: actorSleutel(ctx),
    bestandsnaam,
    bestand,
    zijde: instellingen.zijde,
    uitvoeringsorganisatieId: instellingen.uitvoeringsorganisatieId,
    instellingen,
    voorvertoning: voorvertoningVan(analyse),
    aantalRijen: analyse.aantalRijen,
    createdAt: now,
    verlooptOp: new Date(now.getTime() + IMPORT_GELDIG_MS),
  });
  return getOpdrachtImport(ctx, id);
}

/** A preview (or executed import) of the caller; someone else's, or an expired one, is 404. */
export async function getOpdrachtImport(ctx: ServiceContext, id: string): Promise<OpdrachtImport> {
  const row = await repo.findImport(ctx.db, id, actorSleutel(ctx), ctx.clock.now());
  if (!row) throw notFound('import-niet-gevonden', 'Deze import bestaat niet (meer) of is van iemand anders. Een voorbereide import blijft 24 uur bewaard.');
  return presentImport(row);
}
