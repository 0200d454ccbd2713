import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorKind, type InvalidParam } from '../errors.js';

export const PROBLEM_TYPE_BASE = 'https://driehoek.example/problemen/';

/**
 * The only place errors become `application/problem+json` (RFC 9457): AppErrors keep their
 * code, validation errors list every problem in `invalidParams`, Fastify's own errors get a
 * Dutch title, and anything unknown is a plain 500 whose detail is never leaked.
 */
async function problemJson(app: FastifyInstance) {
  const routes: { pattern: RegExp; method: string }[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const pattern = new RegExp(`^${route.url.replace(/:[^/]+/g, '[^/]+').replace(/\*/g, '.*')}$`);
    if (route.url === '/*') return; // the web app's catch-all answers GET only for pages
    for (const method of methods) if (method !== 'HEAD') routes.push({ pattern, method });
  });

  // NL GOV API Design Rules: no trailing slashes; /api/v1/x/ is not /api/v1/x (nor /x/{id} with an empty id).
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.length > 1 && path.endsWith('/')) throw new AppError('niet-gevonden', `Het adres ${path} bestaat niet (zonder / aan het eind wel misschien).`);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = [...new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method))];
    if (allowed.length > 0) {
      reply.header('Allow', allowed.join(', '));
      return sendProblem(request, reply, problemFor('methode-niet-toegestaan', `Gebruik ${allowed.join(', ')} op dit adres.`));
    }
    return sendProblem(request, reply, problemFor('niet-gevonden', `Het adres ${path} bestaat niet.`));
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      for (const [name, value] of Object.entries(error.headers ?? {})) reply.header(name, value);
      return sendProblem(request, reply, {
        ...problemFor(error.code, error.detail),
        ...(error.invalidParams ? { invalidParams: error.invalidParams } : {}),
        ...(error.extra ?? {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const invalidParams: InvalidParam[] = error.validation.map((v) => ({
        name: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || String(error.validationContext ?? 'body'),
        code: kebab(v.keyword),
        reason: v.message ?? 'ongeldig',
      }));
      const where = { body: 'de inhoud', querystring: 'de zoekparameters', params: 'het adres', headers: 'de headers' }[
        String(error.validationContext)
      ];
      return sendProblem(request, reply, {
        ...problemFor('ongeldige-invoer', `Controleer ${where ?? 'de invoer'}: ${invalidParams.map((p) => `${p.name} ${p.reason}`).join('; ')}.`),
        invalidParams,
      });
    }
    const status = error.statusCode ?? 500;
    if (status === 415) return sendProblem(request, reply, problemFor('mediatype-niet-ondersteund', `Het mediatype ${request.headers['content-type'] ?? '(geen)'} wordt hier niet ondersteund; gebruik application/json.`));
    if (status === 413) return sendProblem(request, reply, problemFor('te-groot', 'Het verzoek is te groot.'));
    if (status === 429) return sendProblem(request, reply, problemFor('te-veel-verzoeken', 'Te veel pogingen. Wacht even en probeer het opnieuw.'));
    if (status === 400) {
      const detail = error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
        ? 'De inhoud van het verzoek is leeg, maar er wordt JSON verwacht.'
        : 'De inhoud van het verzoek is geen geldige JSON.';
      return sendProblem(request, reply, { ...problemFor('ongeldige-invoer', detail), invalidParams: [{ name: 'body', code: 'ongeldige-json', reason: detail }] });
    }
    if (status === 404) return sendProblem(request, reply, problemFor('niet-gevonden', 'Niet gevonden.'));
    if (status >= 400 && status < 500) {
      return sendProblem(request, reply, { type: `${PROBLEM_TYPE_BASE}http-${status}`, title: 'Ongeldig verzoek', status, detail: 'Het verzoek kon niet worden verwerkt.', code: `http-${status}` });
    }
    request.log.error({ err: error, reqId: request.id }, 'onverwachte fout');
    return sendProblem(request, reply, problemFor('interne-fout', `Er ging iets mis aan onze kant. Vermeld bij een melding het kenmerk ${request.id}.`));
  });
}

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  [key: string]: unknown;
}

function problemFor(code: string, detail: string): ProblemBody {
  const kind = errorKind(code);
  return { type: `${PROBLEM_TYPE_BASE}${code}`, title: kind.title, status: kind.status, detail, code };
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, body: ProblemBody) {
  return reply
    .code(body.status)
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send({ ...body, instance: request.url.split('?')[0] });
}

function kebab(value: string): string {
  return value.replace(/_/g, '-').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

export default fp(problemJson, { name: 'problem-json' });
