import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so a payload read back from jsonb hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface AuditMetadata {
  id: string;
  actorId: string | null;
  actorOmschrijving: string;
  actie: string;
  entiteit: string;
  entiteitId: string;
  tijdstip: string;
  requestId: string | null;
}

/** The chain hash covers the previous chain hash, the metadata and the payload hash (not the payload). */
export function chainHash(vorigeHash: string, metadata: AuditMetadata, payloadHash: string): string {
  return sha256(`${vorigeHash}\n${canonicalJson(metadata)}\n${payloadHash}`);
}
