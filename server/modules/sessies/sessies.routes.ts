import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { huidigeSessieSchema, loginSchema } from '../../../common/api/sessies.js';
import { AppError } from '../../errors.js';
import { amsterdamToday } from '../../lib/dates.js';
import { clearSessionCookie, sessionCookieName, setSessionCookie } from '../../plugins/auth.js';
import { API_BASE } from '../../version.js';
import { getPersoonRow, getRollenVanPersoon } from '../personen/personen.service.js';
import * as service from './sessies.service.js';

const tags = ['Sessies'];
const base = `${API_BASE}/sessies`;

export async function sessieRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { config, clock, database } = fastify.deps;
  const deps = { db: database.db, config, clock };
  const cookieName = sessionCookieName(config.isHttps);

  app.post(base, {
    config: {
      access: 'public',
      // Per process and per client address: enough to stop password guessing at speed.
      rateLimit: { max: 10, timeWindow: '1 minute' },
    },
    schema: {
      tags,
      summary: 'Inloggen met e-mailadres en wachtwoord',
      description: 'Zet bij succes de sessiecookie (HttpOnly, SameSite=Lax).',
      body: loginSchema,
      response: { 201: huidigeSessieSchema },
    },
  }, async (request, reply) => {
    const { secret, expiresAt } = await service.loginMetWachtwoord(deps, request.body.email, request.body.wachtwoord, request.id);
    // Rotation: whatever session this browser had ends; the new one has a fresh secret.
    if (request.sessieId) await service.logout(deps, request.sessieId);
    setSessionCookie(reply, cookieName, secret, expiresAt, config.isHttps);
    const sessie = await service.resolveSessie(deps, secret);
    if (!sessie) throw new AppError('interne-fout', 'Sessie kon niet worden gestart.');
    return reply.code(201).send(await present(sessie.actor.persoonId!, expiresAt));
  });

  app.get(`${base}/huidige`, {
    config: { access: 'persoon' },
    schema: { tags, summary: 'Wie is ingelogd, met welke rollen', response: { 200: huidigeSessieSchema } },
  }, async (request) => {
    const expiresAt = new Date(clock.now().getTime() + config.sessionIdleMinutes * 60_000);
    return present(request.actor!.persoonId!, expiresAt);
  });

  app.delete(`${base}/huidige`, {
    config: { access: 'persoon', ifMatch: false },
    schema: { tags, summary: 'Uitloggen' },
  }, async (request, reply) => {
    if (request.sessieId) await service.logout(deps, request.sessieId);
    clearSessionCookie(reply, cookieName, config.isHttps);
    return reply.code(204).send();
  });

  async function present(persoonId: string, verlooptOp: Date) {
    const persoon = await getPersoonRow(database.db, persoonId);
    if (!persoon) throw new AppError('niet-ingelogd', 'Log in om verder te gaan.');
    const rollen = await getRollenVanPersoon(database.db, persoonId, amsterdamToday(clock.now()));
    return {
      persoon: { id: persoon.id, naam: persoon.naam, email: persoon.email },
      rollen,
      isBeheerder: rollen.some((r) => r.rol === 'beheerder'),
      verlooptOp: verlooptOp.toISOString(),
    };
  }
}
