import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../common/api/common.js';
import type { Access } from '../types.js';
import { API_BASE, API_VERSION } from '../version.js';

type Json = Record<string, unknown>;

interface RouteMeta {
  access: Access;
  ifMatch: boolean;
}

const ERROR_TEXT: Record<string, string> = {
  '400': 'Ongeldige invoer; alle problemen staan in invalidParams',
  '401': 'Niet ingelogd',
  '403': 'Ingelogd, maar niet toegestaan',
  '404': 'Bestaat niet of niet zichtbaar voor u',
  '409': 'Conflict met de huidige toestand',
  '412': 'If-Match past niet meer: iemand anders heeft het item gewijzigd',
  '415': 'Mediatype niet ondersteund',
  '428': 'If-Match ontbreekt',
  '429': 'Te veel verzoeken',
  '500': 'Interne fout',
};

/**
 * The OpenAPI 3 document at /api/v1/openapi.json, generated from the routes' Zod schemas and
 * completed centrally with what the NL GOV API Design Rules ask of every operation: the
 * API-Version header, problem+json errors, If-Match on updates.
 */
async function openapi(app: FastifyInstance) {
  const meta = new Map<string, RouteMeta>();
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      meta.set(`${method.toLowerCase()} ${route.url}`, {
        access: route.config?.access ?? 'authenticated',
        ifMatch: route.config?.ifMatch ?? true,
      });
    }
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Driehoek API',
        description:
          'API van Driehoek, de werkplek voor de sturingsdriehoek van opdrachtgever, opdrachtnemer en eigenaar. ' +
          'Volgt de NL GOV API Design Rules.',
        version: API_VERSION,
        contact: { name: 'Driehoek', email: 'api@driehoek.example', url: 'https://driehoek.example' },
        license: { name: 'EUPL-1.2', url: 'https://eupl.eu/1.2/nl/' },
      },
      servers: [{ url: API_BASE }],
      components: {
        securitySchemes: {
          sessie: { type: 'apiKey', in: 'cookie', name: 'driehoek-sessie', description: 'Sessiecookie na inloggen' },
          apiToken: { type: 'http', scheme: 'bearer', description: 'API-token voor systemen van uitvoeringsorganisaties' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  let cached: Json | undefined;
  app.get(
    `${API_BASE}/openapi.json`,
    { config: { access: 'public' }, schema: { hide: true } },
    async (_request, reply) => {
      cached ??= complete(app.swagger() as unknown as Json, meta);
      return reply.header('Access-Control-Allow-Origin', '*').type('application/json').send(cached);
    },
  );
}

function complete(doc: Json, meta: Map<string, RouteMeta>): Json {
  const problemJson = z.toJSONSchema(problemSchema, { target: 'draft-2020-12', io: 'output' }) as Json;
  const components = (doc.components ?? {}) as Json;
  const schemas = { ...((components.schemas ?? {}) as Json), Probleem: (problemJson.$defs as Json).Probleem };
  // JSON Schema identifiers of the Zod registry are not valid inside an OpenAPI document.
  for (const schema of Object.values(schemas) as Json[]) {
    delete schema.$id;
    delete schema.$schema;
  }
  components.schemas = schemas;
  components.headers = {
    'API-Version': { description: 'Volledige versie van de API (SemVer)', schema: { type: 'string', example: API_VERSION } },
  };
  doc.components = components;

  const paths: Json = {};
  // @fastify/swagger already strips the server's base path (/api/v1) from the paths.
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Record<string, Json>)) {
    const relative = path.startsWith(`${API_BASE}/`) ? path.slice(API_BASE.length) : path;
    for (const [method, operation] of Object.entries(item)) {
      const fastifyPath = `${API_BASE}${relative}`.replace(/\{([^}]+)\}/g, ':$1');
      const m = meta.get(`${method} ${fastifyPath}`) ?? { access: 'authenticated', ifMatch: true };
      completeOperation(method, relative, operation as Json, m);
    }
    paths[relative] = item;
  }
  doc.paths = paths;
  return doc;
}

function completeOperation(method: string, path: string, op: Json, m: RouteMeta) {
  const responses = (op.responses ?? {}) as Record<string, Json>;
  // A route without a response schema gets swagger's default 200; ours answer 204 No Content.
  if (responses['200'] && !responses['200'].content && responses['200'].description === 'Default Response') {
    delete responses['200'];
    responses['204'] = { description: 'Gelukt, geen inhoud' };
  }
  for (const [code, response] of Object.entries(responses)) {
    if (/^[23]\d\d$/.test(code)) {
      response.headers = { ...((response.headers ?? {}) as Json), 'API-Version': { $ref: '#/components/headers/API-Version' } };
      if (method === 'get' && path.endsWith('{id}')) {
        (response.headers as Json).ETag = { description: 'Versie van het item, voor If-Match', schema: { type: 'string' } };
      }
    }
  }
  if (Object.keys(responses).length === 0) responses['204'] = { description: 'Gelukt', headers: { 'API-Version': { $ref: '#/components/headers/API-Version' } } };
  const body = (op.requestBody as Json | undefined)?.content as Json | undefined;
  if (method === 'patch' && body?.['application/json']) body['application/merge-patch+json'] = body['application/json'];
  const parameters = (op.parameters ?? []) as Json[];
  const hasBody = ['post', 'put', 'patch'].includes(method) && op.requestBody !== undefined;
  const needsIfMatch = (method === 'patch' || method === 'delete') && m.ifMatch;
  if (needsIfMatch) {
    parameters.push({
      name: 'If-Match',
      in: 'header',
      required: true,
      description: 'De ETag (versie) die u het laatst heeft gelezen',
      schema: { type: 'string' },
    });
    op.parameters = parameters;
  }
  const codes = new Set<string>(['500']);
  if (parameters.length > 0 || ['post', 'put', 'patch'].includes(method)) codes.add('400');
  if (m.access !== 'public') codes.add('401');
  if (m.access === 'beheerder' || (m.access !== 'public' && method !== 'get')) codes.add('403');
  if (path.includes('{')) codes.add('404');
  if (['post', 'patch', 'put', 'delete'].includes(method) && m.access !== 'public') codes.add('409');
  if (needsIfMatch) { codes.add('412'); codes.add('428'); }
  if (hasBody) codes.add('415');
  if (m.access === 'public' && method === 'post') codes.add('429');
  for (const code of codes) {
    responses[code] ??= {
      description: ERROR_TEXT[code] ?? 'Fout',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Probleem' } } },
    };
  }
  op.responses = responses;
  if (m.access !== 'public') op.security = [{ sessie: [] }, { apiToken: [] }];
  else op.security = [];
}

export default fp(openapi, { name: 'openapi' });
