import { ROLLEN_ZONDER_DRIEHOEK, type RolSoort } from '../../../common/enums.js';
import { ROL_LABELS } from '../../../common/labels.js';
import type { DbOrTx } from '../../db/client.js';
import { type InvalidParam, invalid } from '../../errors.js';
import { type DriehoekHoeken, findDriehoekHoeken } from '../driehoeken/driehoeken.service.js';
import { getOrganisatieRows, getSubtreeIds } from '../organisaties/organisaties.service.js';
import * as repo from './rollen.repository.js';

export interface RolVoorstel {
  rol: RolSoort;
  organisatieId: string | null;
  driehoekId: string | null;
  geldigVan: string;
  geldigTot: string | null;
}

/** Which corner organisations of the driehoek a rol may sit at (or below); null = any organisation. */
function toegestaneHoeken(rol: RolSoort, d: DriehoekHoeken): { ids: string[]; reden: string } | null {
  switch (rol) {
    case 'eigenaar':
      return { ids: [d.eigenaarId], reden: 'een eigenaar hoort bij de eigenaarsorganisatie van deze driehoek of een onderdeel daarvan' };
    case 'opdrachtgever':
    case 'adviseur':
      return { ids: d.opdrachtgeverIds, reden: `een ${ROL_LABELS[rol].toLowerCase()} hoort bij een opdrachtgever van deze driehoek of een directie daaronder` };
    case 'coordinerend-opdrachtgever':
      return {
        ids: d.coordinerendOpdrachtgeverId ? [d.coordinerendOpdrachtgeverId] : [],
        reden: 'een coördinerend opdrachtgever hoort bij de coördinerende opdrachtgever van deze driehoek of een directie daaronder',
      };
    case 'opdrachtnemer':
      return { ids: [d.uitvoeringsorganisatieId], reden: 'een opdrachtnemer hoort bij de uitvoeringsorganisatie van deze driehoek of een onderdeel daarvan' };
    default:
      return null;
  }
}

async function isOnderEenVan(db: DbOrTx, organisatieId: string, hoekIds: string[]): Promise<boolean> {
  for (const hoekId of hoekIds) {
    if ((await getSubtreeIds(db, hoekId)).includes(organisatieId)) return true;
  }
  return false;
}

/**
 * The rules of DOMAIN.md for a rol, all checked at once so the beheerder sees every problem in
 * one answer: which roles need an organisation or a driehoek, that a rol in a driehoek sits
 * in the matching corner (or below it), and a period that does not end before it starts.
 */
export async function checkRol(db: DbOrTx, r: RolVoorstel): Promise<void> {
  const problems: InvalidParam[] = [];
  const label = ROL_LABELS[r.rol].toLowerCase();
  let isOrganisatieBekend = false;
  if (r.organisatieId === null) {
    if (r.rol !== 'beheerder') problems.push({ name: 'organisatieId', code: 'verplicht', reason: `een ${label} hoort bij een organisatie` });
  } else if ((await getOrganisatieRows(db, [r.organisatieId])).length > 0) {
    isOrganisatieBekend = true;
  } else {
    problems.push({ name: 'organisatieId', code: 'onbekend', reason: 'deze organisatie bestaat niet' });
  }

  let driehoek: DriehoekHoeken | null = null;
  if (ROLLEN_ZONDER_DRIEHOEK.includes(r.rol)) {
    if (r.driehoekId !== null) {
      problems.push({ name: 'driehoekId', code: 'niet-toegestaan', reason: `een ${label} heeft geen rol in een bepaalde driehoek; laat de driehoek leeg` });
    }
  } else if (r.driehoekId === null) {
    if (r.rol === 'procescoordinator') {
      problems.push({ name: 'driehoekId', code: 'verplicht', reason: 'een procescoördinator hoort bij een driehoek' });
    }
  } else {
    driehoek = await findDriehoekHoeken(db, r.driehoekId);
    if (!driehoek) problems.push({ name: 'driehoekId', code: 'onbekend', reason: 'deze driehoek bestaat niet' });
  }

  if (isOrganisatieBekend && r.organisatieId !== null) {
    if (driehoek) {
      const hoeken = toegestaneHoeken(r.rol, driehoek);
      if (hoeken && !(await isOnderEenVan(db, r.organisatieId, hoeken.ids))) {
        problems.push({ name: 'organisatieId', code: 'buiten-hoek', reason: hoeken.reden });
      }
    } else if (r.rol === 'coordinerend-opdrachtgever' && r.driehoekId === null && !(await repo.isOnderCoordinerendeHoek(db, r.organisatieId))) {
      problems.push({
        name: 'organisatieId',
        code: 'geen-coordinerende-hoek',
        reason: 'een coördinerend opdrachtgever hoort bij een organisatie die coördinerend opdrachtgever van een driehoek is, of een directie daaronder',
      });
    }
  }

  if (r.geldigTot !== null && r.geldigTot < r.geldigVan) {
    problems.push({ name: 'geldigTot', code: 'voor-begin', reason: 'de einddatum ligt vóór de begindatum' });
  }
  if (problems.length) throw invalid(problems);
}
