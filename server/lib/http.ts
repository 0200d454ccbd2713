import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServiceContext } from '../context.js';
import { AppError } from '../errors.js';

/** The service context of a request: database, actor, request id and clock. */
export function ctxOf(request: FastifyRequest): ServiceContext {
  const { database, clock } = request.server.deps;
  if (!request.actor) throw new AppError('niet-ingelogd', 'Log in om verder te gaan.');
  return { db: database.db, actor: request.actor, requestId: request.id, clock };
}

/** Strong ETag made of the resource version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

export function sendWithEtag<T extends { version: number }>(reply: FastifyReply, body: T, status = 200) {
  return reply.code(status).header('ETag', etagOf(body.version)).send(body);
}

/** The version a PATCH/DELETE expects: 428 without If-Match, 412 when it cannot match. */
export function expectedVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (!header) {
    throw new AppError('if-match-ontbreekt', 'Stuur de ETag die u het laatst las mee in de header If-Match.');
  }
  const match = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!match) {
    throw new AppError('versie-verouderd', 'De If-Match-header bevat geen geldige versie van dit item.');
  }
  return Number(match[1]);
}
