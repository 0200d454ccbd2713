import type { CreateOpdracht, UpdateOpdracht } from '../../../common/api/opdrachten.js';
import type { OpdrachtSoort, OpdrachtStatus, VoortgangFrequentie } from '../../../common/enums.js';
import type { ServiceContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { newId } from '../../lib/ids.js';
import { type AuditEvent, recordAudit } from '../audit/audit.service.js';
import type { OpdrachtInvoer } from './opdracht-validatie.js';
import { fteGetal } from './opdrachten.presenter.js';
import * as repo from './opdrachten.repository.js';

/** Options of the write building blocks. */
export interface OpslagOpties {
  /**
   * Collect the audit events here instead of appending them at once, so a bulk operation (an
   * import) appends all its events in one go with `recordAudit(tx, events)`.
   */
  auditEvents?: AuditEvent[];
}

const uniek = (labels: string[]) => [...new Set(labels)];

/** A create request with every default filled in. */
export function opdrachtInvoerVan(input: CreateOpdracht): OpdrachtInvoer {
  return {
    titel: input.titel,
    omschrijving: input.omschrijving ?? null,
    opdrachtgeverId: input.opdrachtgeverId,
    opdrachtgeverPersoonId: input.opdrachtgeverPersoonId ?? null,
    uitvoeringsorganisatieId: input.uitvoeringsorganisatieId,
    beleidsterreinId: input.beleidsterreinId ?? null,
    soort: input.soort,
    wettelijkeGrondslag: input.wettelijkeGrondslag ?? null,
    startdatum: input.startdatum ?? null,
    einddatum: input.einddatum ?? null,
    status: input.status ?? 'concept',
    kenmerkOpdrachtgever: input.kenmerkOpdrachtgever ?? null,
    kenmerkUitvoerder: input.kenmerkUitvoerder ?? null,
    afspraakId: input.afspraakId ?? null,
    labels: uniek(input.labels ?? []),
    voortgangFrequentie: input.voortgangFrequentie ?? 'kwartaal',
    jaren: (input.jaren ?? []).map((j) => ({ jaar: j.jaar, budget: j.budget ?? null, fte: j.fte ?? null })),
  };
}

/** A stored opdracht as invoer: what an update starts from. */
export function invoerVanRow(row: repo.OpdrachtRow, jaren: repo.OpdrachtJaarRow[]): OpdrachtInvoer {
  return {
    titel: row.titel,
    omschrijving: row.omschrijving,
    opdrachtgeverId: row.opdrachtgeverId,
    opdrachtgeverPersoonId: row.opdrachtgeverPersoonId,
    uitvoeringsorganisatieId: row.uitvoeringsorganisatieId,
    beleidsterreinId: row.beleidsterreinId,
    soort: row.soort as OpdrachtSoort,
    wettelijkeGrondslag: row.wettelijkeGrondslag,
    startdatum: row.startdatum,
    einddatum: row.einddatum,
    status: row.status as OpdrachtStatus,
    kenmerkOpdrachtgever: row.kenmerkOpdrachtgever,
    kenmerkUitvoerder: row.kenmerkUitvoerder,
    afspraakId: row.afspraakId,
    labels: row.labels,
    voortgangFrequentie: row.voortgangFrequentie as VoortgangFrequentie,
    jaren: jaren.map((j) => ({ jaar: j.jaar, budget: j.budgetCent === null ? null : Number(j.budgetCent), fte: fteGetal(j.fte) })),
  };
}

/** A partial update merged onto the stored opdracht; `jaren`, when sent, replaces all years. */
export function mergeOpdrachtInvoer(before: OpdrachtInvoer, input: UpdateOpdracht): OpdrachtInvoer {
  const merged: OpdrachtInvoer = { ...before };
  for (const [key, value] of Object.entries(input) as [keyof UpdateOpdracht, unknown][]) {
    if (value === undefined || key === 'jaren' || key === 'labels') continue;
    (merged as unknown as Record<string, unknown>)[key] = value;
  }
  if (input.labels !== undefined) merged.labels = uniek(input.labels);
  if (input.jaren !== undefined) merged.jaren = input.jaren.map((j) => ({ jaar: j.jaar, budget: j.budget ?? null, fte: j.fte ?? null }));
  return merged;
}

function kolommen(invoer: OpdrachtInvoer, driehoekId: string) {
  const { jaren: _jaren, ...velden } = invoer;
  return { ...velden, driehoekId };
}

function jaarRows(opdrachtId: string, invoer: OpdrachtInvoer): repo.OpdrachtJaarRow[] {
  return [...invoer.jaren]
    .sort((a, b) => a.jaar - b.jaar)
    .map((j) => ({ opdrachtId, jaar: j.jaar, budgetCent: j.budget, fte: j.fte === null ? null : j.fte.toFixed(1) }));
}

/** What the audit keeps of an opdracht: its row and its years. */
export function snapshot(row: repo.OpdrachtRow, jaren: repo.OpdrachtJaarRow[]) {
  return { ...row, jaren: jaren.map((j) => ({ jaar: j.jaar, budgetCent: j.budgetCent === null ? null : Number(j.budgetCent), fte: j.fte })) };
}

async function audit(tx: DbOrTx, ctx: ServiceContext, events: AuditEvent[], options: OpslagOpties) {
  if (options.auditEvents) options.auditEvents.push(...events);
  else await recordAudit(tx, events);
}

function auditEvent(ctx: ServiceContext, actie: string, entiteitId: string, payload: { voor?: unknown; na?: unknown }): AuditEvent {
  return { actor: { persoonId: ctx.actor.persoonId, naam: ctx.actor.naam }, actie, entiteit: 'opdracht', entiteitId, requestId: ctx.requestId, tijdstip: ctx.clock.now(), ...payload };
}

/**
 * Writes validated opdrachten inside the caller's transaction with multi-row inserts: the rows,
 * their years and the first entry of each status history, audited as `aangemaakt`. Validate
 * first (`validateOpdrachtInput`) and check rights yourself; this only writes.
 */
export async function createOpdrachtenInTx(
  tx: DbOrTx,
  ctx: ServiceContext,
  items: { invoer: OpdrachtInvoer; driehoekId: string }[],
  options: OpslagOpties = {},
): Promise<repo.OpdrachtRow[]> {
  if (items.length === 0) return [];
  const now = ctx.clock.now();
  const prepared = items.map((item) => ({ id: newId(), ...item }));
  const rows = await repo.insertOpdrachten(tx, prepared.map((p) => ({ id: p.id, ...kolommen(p.invoer, p.driehoekId), createdAt: now, updatedAt: now })));
  const jaren = prepared.flatMap((p) => jaarRows(p.id, p.invoer));
  await repo.insertJaren(tx, jaren);
  await repo.insertStatuswijzigingen(tx, prepared.map((p) => ({
    id: newId(),
    opdrachtId: p.id,
    van: null,
    naar: p.invoer.status,
    doorPersoonId: ctx.actor.persoonId,
    doorOmschrijving: ctx.actor.naam,
    toelichting: 'Opdracht geregistreerd',
    tijdstip: now,
  })));
  const jarenPer = new Map<string, repo.OpdrachtJaarRow[]>();
  for (const j of jaren) jarenPer.set(j.opdrachtId, [...(jarenPer.get(j.opdrachtId) ?? []), j]);
  await audit(tx, ctx, rows.map((row) => auditEvent(ctx, 'aangemaakt', row.id, { na: snapshot(row, jarenPer.get(row.id) ?? []) })), options);
  return rows;
}

/** One opdracht: `createOpdrachtenInTx` for a single validated invoer. */
export async function createOpdrachtInTx(tx: DbOrTx, ctx: ServiceContext, invoer: OpdrachtInvoer, driehoekId: string, options: OpslagOpties = {}) {
  const [row] = await createOpdrachtenInTx(tx, ctx, [{ invoer, driehoekId }], options);
  return row!;
}

/**
 * Updates a validated opdracht inside the caller's transaction when `before.version` still
 * matches (null when it does not): every field but the status, and its years replaced as a
 * whole unless `isJarenOngewijzigd`. Audited as `gewijzigd` with before and after.
 */
export async function updateOpdrachtInTx(
  tx: DbOrTx,
  ctx: ServiceContext,
  before: repo.OpdrachtRow,
  invoer: OpdrachtInvoer,
  driehoekId: string,
  options: OpslagOpties & { isJarenOngewijzigd?: boolean } = {},
): Promise<repo.OpdrachtRow | null> {
  const jarenVoor = await repo.findJaren(tx, [before.id]);
  const { status: _status, ...velden } = kolommen(invoer, driehoekId);
  const after = await repo.updateOpdracht(tx, before.id, before.version, velden, ctx.clock.now());
  if (!after) return null;
  let jarenNa = jarenVoor;
  if (!options.isJarenOngewijzigd) {
    jarenNa = jaarRows(before.id, invoer);
    await repo.deleteJaren(tx, before.id);
    await repo.insertJaren(tx, jarenNa);
  }
  await audit(tx, ctx, [auditEvent(ctx, 'gewijzigd', before.id, { voor: snapshot(before, jarenVoor), na: snapshot(after, jarenNa) })], options);
  return after;
}
