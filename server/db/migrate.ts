import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from './client.js';
import { packageRoot } from './paths.js';

interface JournalEntry {
  idx: number;
  tag: string;
  when: number;
}

/** Arbitrary constant; all processes migrating one database queue on it. */
const MIGRATION_LOCK = 727_001;

/**
 * Applies the committed drizzle-kit migrations that are not applied yet, each in its own
 * transaction, under an advisory lock so several app processes starting at once migrate once.
 */
export async function migrate(db: Db): Promise<{ applied: string[] }> {
  const folder = join(packageRoot(), 'drizzle');
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.execute(sql`create table if not exists driehoek_migraties (
      tag text primary key, hash text not null, applied_at timestamptz not null default now())`);
    const done = await queryRows<{ tag: string }>(tx, sql`select tag from driehoek_migraties`);
    const doneTags = new Set(done.map((r) => r.tag));
    for (const entry of journal.entries.sort((a, b) => a.idx - b.idx)) {
      if (doneTags.has(entry.tag)) continue;
      const text = readFileSync(join(folder, `${entry.tag}.sql`), 'utf8');
      for (const statement of text.split('--> statement-breakpoint')) {
        if (statement.trim()) await tx.execute(sql.raw(statement));
      }
      const hash = createHash('sha256').update(text).digest('hex');
      await tx.execute(sql`insert into driehoek_migraties (tag, hash) values (${entry.tag}, ${hash})`);
      applied.push(entry.tag);
    }
  });
  return { applied };
}
