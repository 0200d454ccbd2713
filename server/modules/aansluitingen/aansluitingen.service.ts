import type { ServiceContext } from '../../context.js';
import { registerAuditVisibility } from '../audit/audit.service.js';
import * as repo from './aansluitingen.repository.js';

/** Aansluitingen (issue 4): two lists of opdrachten reconciled, reviewed, exported. */
export { createAansluiting } from './aansluiting-maken.js';
export { getAansluiting, listAansluitingen } from './aansluiting-lezen.js';
export { createBeslissing } from './beslissing.js';
export { exportAansluiting } from './export.js';

// The history of an aansluiting is for those who may see it.
registerAuditVisibility('aansluiting', async (ctx: ServiceContext, id: string) => (await repo.findAansluiting(ctx.db, id, repo.zichtbaarSql(ctx.actor))) !== null);
