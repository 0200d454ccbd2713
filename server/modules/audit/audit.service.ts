import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError, notFound, registerErrorCodes } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import * as repo from './audit.repository.js';
import { type AuditMetadata, canonicalJson, chainHash, GENESIS_HASH, sha256 } from './hashing.js';

registerErrorCodes({
  'audit-entiteit-onbekend': { status: 400, title: 'Onbekend soort object' },
  'audit-object-niet-gevonden': { status: 404, title: 'Object niet gevonden' },
});

export interface AuditEvent {
  actor: { persoonId: string | null; naam: string };
  actie: string;
  entiteit: string;
  entiteitId: string;
  requestId: string | undefined;
  tijdstip: Date;
  voor?: unknown;
  na?: unknown;
}

/**
 * Appends events to the audit chain inside the caller's transaction, so the change and its
 * audit commit together. A bulk operation passes all its events at once: one lock, one insert.
 */
export async function recordAudit(tx: DbOrTx, event: AuditEvent | AuditEvent[]): Promise<void> {
  const events = Array.isArray(event) ? event : [event];
  if (events.length === 0) return;
  let previous = (await repo.lockChainAndGetHead(tx)) ?? GENESIS_HASH;
  const rows: repo.AuditInsert[] = [];
  for (const e of events) {
    // Round-trip through JSON so Dates and undefined become what jsonb will give back.
    const payload = JSON.parse(JSON.stringify({ voor: e.voor ?? null, na: e.na ?? null })) as unknown;
    const metadata: AuditMetadata = {
      id: newId(),
      actorId: e.actor.persoonId,
      actorOmschrijving: e.actor.naam,
      actie: e.actie,
      entiteit: e.entiteit,
      entiteitId: e.entiteitId,
      tijdstip: e.tijdstip.toISOString(),
      requestId: e.requestId ?? null,
    };
    const payloadHash = sha256(canonicalJson(payload));
    const hash = chainHash(previous, metadata, payloadHash);
    rows.push({ ...metadata, payload, payloadHash, vorigeHash: previous, chainHash: hash });
    previous = hash;
  }
  await repo.insertEvents(tx, rows);
}

/** Shorthand for a service: the event's actor, request and time come from the context. */
export function auditFromContext(
  tx: DbOrTx,
  ctx: ServiceContext,
  event: { actie: string; entiteit: string; entiteitId: string; voor?: unknown; na?: unknown },
): Promise<void> {
  return recordAudit(tx, {
    ...event,
    actor: { persoonId: ctx.actor.persoonId, naam: ctx.actor.naam },
    requestId: ctx.requestId,
    tijdstip: ctx.clock.now(),
  });
}

export interface VerifyResult {
  isIntact: boolean;
  checked: number;
  firstBroken?: { volgnummer: number; id: string; reden: string };
}

/** Recomputes the whole chain and names the first event that does not match. */
export async function verifyAuditChain(db: DbOrTx, batchSize = 2000): Promise<VerifyResult> {
  let previous = GENESIS_HASH;
  let after = 0;
  let checked = 0;
  for (;;) {
    const batch = await repo.listBatch(db, after, batchSize);
    if (batch.length === 0) return { isIntact: true, checked };
    for (const row of batch) {
      const broken = (reden: string): VerifyResult => ({
        isIntact: false,
        checked,
        firstBroken: { volgnummer: row.volgnummer, id: row.id, reden },
      });
      if (row.vorigeHash !== previous) return broken('de verwijzing naar de vorige gebeurtenis klopt niet');
      if (!row.geredigeerdOp && sha256(canonicalJson(row.payload)) !== row.payloadHash) {
        return broken('de inhoud (voor/na) is gewijzigd');
      }
      const metadata: AuditMetadata = {
        id: row.id,
        actorId: row.actorId,
        actorOmschrijving: row.actorOmschrijving,
        actie: row.actie,
        entiteit: row.entiteit,
        entiteitId: row.entiteitId,
        tijdstip: new Date(row.tijdstip).toISOString(),
        requestId: row.requestId,
      };
      if (chainHash(previous, metadata, row.payloadHash) !== row.chainHash) {
        return broken('de gegevens van de gebeurtenis zijn gewijzigd');
      }
      previous = row.chainHash;
      after = row.volgnummer;
      checked++;
    }
  }
}

/** Whether the caller may see an object of this kind; each module registers its own rule. */
export type AuditVisibilityCheck = (ctx: ServiceContext, id: string) => Promise<boolean>;
const visibility = new Map<string, AuditVisibilityCheck>();

export function registerAuditVisibility(entiteit: string, check: AuditVisibilityCheck): void {
  visibility.set(entiteit, check);
}

export function auditEntiteiten(): string[] {
  return [...visibility.keys()].sort();
}

/** The history of one object, for those who may see the object. */
export async function listAuditForEntity(
  ctx: ServiceContext,
  entiteit: string,
  id: string,
  page: { page: number; pageSize: number },
) {
  const check = visibility.get(entiteit);
  if (!check) {
    throw new AppError('audit-entiteit-onbekend', `Onbekend soort object '${entiteit}'. Kies uit: ${auditEntiteiten().join(', ')}.`, {
      invalidParams: [{ name: 'entiteit', code: 'onbekend', reason: `kies uit ${auditEntiteiten().join(', ')}` }],
    });
  }
  if (!(await check(ctx, id))) throw notFound('audit-object-niet-gevonden');
  return repo.listForEntity(ctx.db, entiteit, id, page.pageSize, (page.page - 1) * page.pageSize);
}

export async function redactAuditPayload(db: DbOrTx, id: string, now: Date): Promise<boolean> {
  return repo.redactPayload(db, id, now);
}
