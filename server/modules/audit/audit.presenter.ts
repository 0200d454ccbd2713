import type { AuditGebeurtenis } from '../../../common/api/audit.js';
import type { AuditRow } from './audit.repository.js';

export function presentAuditGebeurtenis(row: AuditRow): AuditGebeurtenis {
  const payload = (row.payload ?? null) as { voor?: unknown; na?: unknown } | null;
  return {
    id: row.id,
    volgnummer: row.volgnummer,
    actorId: row.actorId,
    actor: row.actorOmschrijving,
    actie: row.actie,
    entiteit: row.entiteit,
    entiteitId: row.entiteitId,
    tijdstip: new Date(row.tijdstip).toISOString(),
    requestId: row.requestId,
    voor: payload?.voor ?? null,
    na: payload?.na ?? null,
    isGeredigeerd: row.geredigeerdOp !== null,
  };
}
