import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParams } from '../../../common/api/common.js';
import { portfolioQuery, portfolioSchema } from '../../../common/api/portfolio.js';
import { ctxOf } from '../../lib/http.js';
import { API_BASE } from '../../version.js';
import * as service from './opdrachten.service.js';

const tags = ['Portfolio'];
const description =
  'Totalen (budget in eurocent, fte, aantal) over de jaren in het venster `jaarVan`–`jaarTot`, per opdrachtgever, uitvoeringsorganisatie, ' +
  'beleidsterrein, soort, status en jaar, en een tijdlijn. Zonder `status` telt alles behalve ingetrokken opdrachten. ' +
  'Alleen opdrachten die u mag zien; een lezer ziet totalen over alle driehoeken maar geen tijdlijn.';

export async function portfolioRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(`${API_BASE}/portfolio/uitvoeringsorganisaties/:id`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Portfolio van een uitvoeringsorganisatie: alle opdrachten van al haar opdrachtgevers', description, params: idParams, querystring: portfolioQuery, response: { 200: portfolioSchema } },
  }, async (request) => service.getPortfolioUitvoeringsorganisatie(ctxOf(request), request.params.id, request.query));

  app.get(`${API_BASE}/portfolio/opdrachtgevers/:id`, {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Portfolio van een opdrachtgever (met alles daaronder), over alle uitvoeringsorganisaties', description, params: idParams, querystring: portfolioQuery, response: { 200: portfolioSchema } },
  }, async (request) => service.getPortfolioOpdrachtgever(ctxOf(request), request.params.id, request.query));
}
