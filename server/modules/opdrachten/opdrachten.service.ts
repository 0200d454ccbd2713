import type { ServiceContext } from '../../context.js';
import { registerAuditVisibility } from '../audit/audit.service.js';
import * as repo from './opdrachten.repository.js';
import * as meldingen from './voortgangsmeldingen.repository.js';

// The module's surface for routes and other modules (import, aansluitingen); one use case per file.
export { getOpdracht, listOpdrachten, presentRows, requireZichtbareOpdracht } from './opdracht-lezen.js';
export { createOpdracht, deleteOpdracht, updateOpdracht } from './opdracht-beheer.js';
export { createStatuswijziging } from './statuswijziging.js';
export { createBevestiging, createVoortgangsmelding, listVoortgangsmeldingen } from './voortgangsmelding.js';
export { getVoortgangOpenstaand } from './openstaand.js';
export { getPortfolioOpdrachtgever, getPortfolioUitvoeringsorganisatie } from './portfolio.js';
export { type OpdrachtInvoer, type OpdrachtValidatie, ValidatieCache, validateOpdrachtInput } from './opdracht-validatie.js';
export {
  createOpdrachtenInTx,
  createOpdrachtInTx,
  invoerVanRow,
  mergeOpdrachtInvoer,
  opdrachtInvoerVan,
  type OpslagOpties,
  updateOpdrachtInTx,
} from './opdracht-opslag.js';
export { getRechten, getRechtenVoor, type OpdrachtRechten } from './rechten.js';
export { STATUSOVERGANGEN } from './statusovergangen.js';
export type { OpdrachtJaarRow, OpdrachtRow } from './opdrachten.repository.js';

// The history of an opdracht and of its meldingen is for those who may see the opdracht.
registerAuditVisibility('opdracht', async (ctx: ServiceContext, id: string) => (await repo.findOpdracht(ctx.db, id, repo.zichtbaarSql(ctx.actor))) !== null);
registerAuditVisibility('voortgangsmelding', async (ctx: ServiceContext, id: string) => {
  const melding = await meldingen.findVoortgangsmelding(ctx.db, id);
  return melding !== null && (await repo.findOpdracht(ctx.db, melding.opdrachtId, repo.zichtbaarSql(ctx.actor))) !== null;
});

/** Opdrachten one side knows by its own kenmerken (an import updates those instead of duplicating them). */
export const findOpdrachtenByKenmerken = repo.findByKenmerken;
/** The years of opdrachten, ascending per opdracht. */
export const findOpdrachtJaren = repo.findJaren;
