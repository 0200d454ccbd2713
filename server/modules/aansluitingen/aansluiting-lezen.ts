import type { Aansluiting, ListAansluitingenQuery } from '../../../common/api/aansluitingen.js';
import type { ServiceContext } from '../../context.js';
import { toPage } from '../../lib/paging.js';
import * as repo from './aansluitingen.repository.js';
import { presentAansluiting, presentSamenvatting } from './aansluitingen.presenter.js';
import { requireZichtbareAansluiting } from './toegang.js';

/** One aansluiting with its rows and result; 404 when the caller may not see its driehoek. */
export async function getAansluiting(ctx: ServiceContext, id: string): Promise<Aansluiting> {
  return presentAansluiting(await requireZichtbareAansluiting(ctx, ctx.db, id));
}

/** The aansluitingen the caller may see, newest first, as summaries. */
export async function listAansluitingen(ctx: ServiceContext, query: ListAansluitingenQuery, basePath: string) {
  const { items, total } = await repo.listAansluitingen(ctx.db, { zichtbaar: repo.zichtbaarSql(ctx.actor), driehoekId: query.driehoekId }, query);
  return toPage(items.map(presentSamenvatting), total, query, basePath, query);
}
