import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../server/db/client.js';
import { auditGebeurtenissen } from '../../server/db/schema/index.js';
import { redactAuditPayload, verifyAuditChain } from '../../server/modules/audit/audit.service.js';
import { buildPersoonMetRol } from '../factories/index.js';
import { createTestApp, login, type TestApp } from '../setup/app.js';

let t: TestApp;
let beheerder: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  const b = await buildPersoonMetRol(t.db, 'beheerder');
  beheerder = await login(t.app, b.persoon.email);
  for (const naam of ['Ministerie van Ketens', 'Ministerie van Hashes', 'Ministerie van Bewijs']) {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/organisaties', headers: beheerder, payload: { naam, soort: 'ministerie' } });
    expect(response.statusCode).toBe(201);
  }
});
afterAll(() => t.close());

class Rollback extends Error {}

/** Tampers inside a transaction that is rolled back, so every test starts from the intact chain. */
async function tamperAndVerify(tamper: (tx: Tx, target: typeof auditGebeurtenissen.$inferSelect) => Promise<void>) {
  let result: Awaited<ReturnType<typeof verifyAuditChain>> | undefined;
  const events = await t.db.select().from(auditGebeurtenissen).orderBy(asc(auditGebeurtenissen.volgnummer));
  const target = events.find((e) => e.entiteit === 'organisatie')!;
  try {
    await t.db.transaction(async (tx) => {
      await tamper(tx, target);
      result = await verifyAuditChain(tx);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  return { result: result!, target };
}

describe('audit chain', () => {
  it('verifies intact with one event per mutation', async () => {
    const result = await verifyAuditChain(t.db);
    const count = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditGebeurtenissen);
    expect(result).toEqual({ isIntact: true, checked: count[0]!.n });
    const created = await t.db.select().from(auditGebeurtenissen).where(eq(auditGebeurtenissen.entiteit, 'organisatie'));
    expect(created).toHaveLength(3);
  });

  it('names the event whose payload was altered in the database', async () => {
    const { result, target } = await tamperAndVerify(async (tx, row) => {
      await tx.execute(sql`update audit_gebeurtenissen set payload = jsonb_set(payload, '{na,naam}', '"Ministerie van Vervalsing"') where id = ${row.id}`);
    });
    expect(result.isIntact).toBe(false);
    expect(result.firstBroken).toEqual({ volgnummer: target.volgnummer, id: target.id, reden: 'de inhoud (voor/na) is gewijzigd' });
    expect((await verifyAuditChain(t.db)).isIntact).toBe(true);
  });

  it('names the event whose metadata was altered, even with a recomputed payload hash', async () => {
    const actor = await tamperAndVerify(async (tx, row) => {
      await tx.execute(sql`update audit_gebeurtenissen set actor_omschrijving = 'iemand anders' where id = ${row.id}`);
    });
    expect(actor.result.firstBroken).toEqual({ volgnummer: actor.target.volgnummer, id: actor.target.id, reden: 'de gegevens van de gebeurtenis zijn gewijzigd' });

    const time = await tamperAndVerify(async (tx, row) => {
      await tx.execute(sql`update audit_gebeurtenissen set tijdstip = tijdstip - interval '1 day' where id = ${row.id}`);
    });
    expect(time.result.firstBroken?.id).toBe(time.target.id);

    const hash = await tamperAndVerify(async (tx, row) => {
      await tx.execute(sql`update audit_gebeurtenissen set payload = '{"voor":null,"na":null}'::jsonb, payload_hash = ${'f'.repeat(64)} where id = ${row.id}`);
    });
    expect(hash.result.firstBroken?.id).toBe(hash.target.id);
  });

  it('names the event after one that was deleted', async () => {
    const { result, target } = await tamperAndVerify(async (tx, row) => {
      await tx.delete(auditGebeurtenissen).where(eq(auditGebeurtenissen.id, row.id));
    });
    const next = (await t.db.select().from(auditGebeurtenissen).where(sql`${auditGebeurtenissen.volgnummer} > ${target.volgnummer}`).orderBy(asc(auditGebeurtenissen.volgnummer)).limit(1))[0]!;
    expect(result.firstBroken).toEqual({ volgnummer: next.volgnummer, id: next.id, reden: 'de verwijzing naar de vorige gebeurtenis klopt niet' });
  });

  it('stays intact when a payload is redacted, because the payload hash stays', async () => {
    const { result, target } = await tamperAndVerify(async (tx, row) => {
      expect(await redactAuditPayload(tx, row.id, t.clock.now())).toBe(true);
      const [redacted] = await tx.select().from(auditGebeurtenissen).where(eq(auditGebeurtenissen.id, row.id));
      expect(redacted!.payload).toBeNull();
      expect(redacted!.payloadHash).toBe(row.payloadHash);
    });
    expect(target.payload).not.toBeNull();
    expect(result.isIntact).toBe(true);
  });

  it('keeps one unbroken chain when many changes are written at once', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) =>
      t.app.inject({ method: 'POST', url: '/api/v1/organisaties', headers: beheerder, payload: { naam: `Ministerie van Gelijktijdigheid ${i}`, soort: 'ministerie' } })));
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const result = await verifyAuditChain(t.db);
    const count = await t.db.select({ n: sql<number>`count(*)::int` }).from(auditGebeurtenissen);
    expect(result).toEqual({ isIntact: true, checked: count[0]!.n });
  });
});
