import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/db/client.js';
import { migrate } from '../server/db/migrate.js';
import { hashWachtwoord } from '../server/modules/sessies/wachtwoord.js';
import { bouwBoom } from './organisatie-data.js';
import { BENCH_WACHTWOORD, bouwBeleidsterreinen, bouwPersonen } from './persoon-data.js';
import { Prng } from './prng.js';

export type Scale = 'small' | 'large';

/** Row counts per scale (the "large"; opdrachten and signalen join when those modules exist). */
export const SCALES: Record<Scale, { organisaties: number; personen: number; beleidsterreinen: number }> = {
  small: { organisaties: 200, personen: 2_000, beleidsterreinen: 500 },
  large: { organisaties: 2_000, personen: 20_000, beleidsterreinen: 5_000 },
};

export interface GenerateResult {
  counts: Record<string, number>;
  ms: number;
}

type RawQuery = (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

const BATCH = 5_000;
const RESOURCE_TABLES = new Set(['organisaties', 'driehoeken', 'personen', 'rollen', 'beleidsterreinen']);

/**
 * Inserts rows in batches of one statement each: the batch travels as one JSON parameter and
 * json_populate_recordset turns it into rows, which is fast on both PGlite and a server.
 */
async function insertRows(query: RawQuery, table: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const isResource = RESOURCE_TABLES.has(table);
  const columns = [...Object.keys(rows[0]!), ...(isResource ? ['version', 'created_at', 'updated_at'] : [])];
  const list = columns.join(', ');
  const text = `insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, $1::json)`;
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH).map((row, j) => {
      if (!isResource) return row;
      // Spread timestamps so sorting by createdAt/updatedAt means something.
      const at = new Date(start + (i + j) * 60_000).toISOString();
      return { ...row, version: 1, created_at: at, updated_at: at };
    });
    await query(text, [JSON.stringify(batch)]);
  }
}

/** Fills an empty, migrated database with the scale's data; deterministic for a seed. */
export async function generateInto(query: RawQuery, scale: Scale, seed = 20_240_101): Promise<GenerateResult> {
  const started = Date.now();
  const existing = await query('select count(*)::int as n from organisaties');
  if (Number(existing.rows[0]?.n ?? 0) > 0) {
    throw new Error('De database bevat al organisaties; de generator vult alleen een lege database.');
  }
  const size = SCALES[scale];
  const rng = new Prng(seed);
  const boom = bouwBoom(rng, size.organisaties);
  const hash = await hashWachtwoord(BENCH_WACHTWOORD);
  const { personen, rollen } = bouwPersonen(rng, boom, size.personen, hash);
  const { beleidsterreinen, uitvoerders } = bouwBeleidsterreinen(rng, boom, size.beleidsterreinen);
  const tables: [string, object[]][] = [
    ['organisaties', boom.organisaties],
    ['driehoeken', boom.driehoeken],
    ['driehoek_opdrachtgevers', boom.opdrachtgevers],
    ['personen', personen],
    ['rollen', rollen],
    ['beleidsterreinen', beleidsterreinen],
    ['beleidsterrein_uitvoerders', uitvoerders],
  ];
  for (const [table, rows] of tables) await insertRows(query, table, rows);
  // What autovacuum does after a bulk load (statistics, and the visibility map that index-only
  // scans need); without it the first minutes measure an unrepresentative database.
  await query('vacuum analyze');
  return { counts: Object.fromEntries(tables.map(([t, rows]) => [t, rows.length])), ms: Date.now() - started };
}

/** Opens the database (DATABASE_URL or the PGlite folder), migrates it and generates. */
export async function generate(target: { url?: string; dataDir?: string }, scale: Scale): Promise<GenerateResult> {
  const database = await openDatabase({ url: target.url, dataDir: target.dataDir, poolSize: 2 });
  try {
    await migrate(database.db);
    return await generateInto(database.rawQuery, scale);
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: 'small' } } });
  const scale = values.scale as Scale;
  if (!(scale in SCALES)) throw new Error('--scale moet small of large zijn');
  const url = process.env.DATABASE_URL;
  const dataDir = url ? undefined : (process.env.DATA_DIR ?? './data');
  const result = await generate({ url, dataDir }, scale);
  console.log(`Gegenereerd (${scale}) in ${result.ms} ms in ${url ? 'PostgreSQL-server' : dataDir}:`, result.counts);
}
