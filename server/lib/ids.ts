import { uuidv7 } from 'uuidv7';

/** Time-ordered UUIDv7 ids (ARCHITECTURE.md), generated in the app so both databases agree. */
export function newId(): string {
  return uuidv7();
}
