/**
 * The import of a 100 000-row opdrachten list, timed step by step (issue 4: "a file of 100 000
 * rows imports"): reading the file, the preview, the commit, and a re-import of the unchanged
 * list. In process with app.inject, on an embedded database in a temp folder and, when one
 * answers on 127.0.0.1, a fresh database on the PostgreSQL server.
 *
 * `npx tsx bench/import.ts [--rijen 100000] [--db embedded|server|both]`; `npm run bench` runs it too.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { openDatabase } from '../server/db/client.js';
import { migrate } from '../server/db/migrate.js';
import { parseRow, readTable } from '../server/lib/spreadsheets/index.js';
import { startSessie } from '../server/modules/sessies/sessies.service.js';
import { sessionCookieName } from '../server/plugins/auth.js';
import { buildDriehoek, buildPersoonMetRol } from '../tests/factories/index.js';
import { genereerCsv, genereerXlsx } from './import-data.js';
import { createTarget, type DbKind, findServer } from './targets.js';

async function tijd<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - start)];
}

/** Times of one database, as Markdown table rows. */
async function meetDatabase(kind: DbKind, serverUrl: string | null, rijen: number, bestanden: { csv: Uint8Array; xlsx: Uint8Array; gewijzigd: Uint8Array }): Promise<string[]> {
  const target = await createTarget(kind, serverUrl);
  const database = await openDatabase(target.url ? { url: target.url } : { dataDir: target.dataDir });
  try {
    await migrate(database.db);
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const app = await buildApp({ database, config });
    await app.ready();
    const dh = await buildDriehoek(database.db, { aantalOpdrachtgevers: 2 });
    const { persoon } = await buildPersoonMetRol(database.db, 'beheerder');
    const { secret } = await startSessie({ db: database.db, config, clock: { now: () => new Date() } }, persoon.id, 'wachtwoord', undefined);
    const headers = { cookie: `${sessionCookieName(config.isHttps)}=${secret}`, origin: 'http://localhost:80' };
    const query = new URLSearchParams({ zijde: 'uitvoerder', uitvoeringsorganisatieId: dh.uitvoeringsorganisatieId, opdrachtgeverId: dh.opdrachtgevers[0]!.id });
    const upload = (bestand: Uint8Array, naam: string) =>
      app.inject({ method: 'POST', url: `/api/v1/opdracht-imports?${query}&bestandsnaam=${naam}`, headers: { ...headers, 'content-type': 'application/octet-stream' }, payload: Buffer.from(bestand) });
    const check = (response: { statusCode: number; body: string }, stap: string) => {
      if (response.statusCode !== 201) throw new Error(`${stap}: ${response.statusCode} ${response.body.slice(0, 500)}`);
      return JSON.parse(response.body) as { id: string; aantallen: Record<string, number> };
    };
    const label = kind === 'embedded' ? 'PGlite' : 'PostgreSQL';
    const rows: string[] = [];
    const [preview, previewMs] = await tijd(async () => check(await upload(bestanden.csv, 'lijst.csv'), 'voorvertoning CSV'));
    rows.push(`| ${label} | preview, ${rijen.toLocaleString('en-US')} new rows (CSV) | ${previewMs} | ${preview.aantallen.nieuw} nieuw |`);
    const [uitvoering, commitMs] = await tijd(async () =>
      check(await app.inject({ method: 'POST', url: `/api/v1/opdracht-imports/${preview.id}/uitvoeringen`, headers: { ...headers, 'idempotency-key': 'bench-1' } }), 'uitvoering'));
    rows.push(`| ${label} | commit: insert ${uitvoering.aantallen.nieuw!.toLocaleString('en-US')} opdrachten with years, history and audit | ${commitMs} | one transaction |`);
    const [, replayMs] = await tijd(async () =>
      check(await app.inject({ method: 'POST', url: `/api/v1/opdracht-imports/${preview.id}/uitvoeringen`, headers: { ...headers, 'idempotency-key': 'bench-1' } }), 'herhaling'));
    rows.push(`| ${label} | the same Idempotency-Key again (replay) | ${replayMs} | |`);
    const [opnieuw, opnieuwMs] = await tijd(async () => check(await upload(bestanden.xlsx, 'lijst.xlsx'), 'voorvertoning xlsx'));
    rows.push(`| ${label} | preview of the same list as xlsx (matched by kenmerk) | ${opnieuwMs} | ${opnieuw.aantallen.ongewijzigd} ongewijzigd, ${opnieuw.aantallen.bijwerken} bijwerken |`);
    const [later, laterMs] = await tijd(async () => check(await upload(bestanden.gewijzigd, 'lijst.csv'), 'voorvertoning gewijzigd'));
    const [, updateMs] = await tijd(async () =>
      check(await app.inject({ method: 'POST', url: `/api/v1/opdracht-imports/${later.id}/uitvoeringen`, headers: { ...headers, 'idempotency-key': 'bench-2' } }), 'uitvoering gewijzigd'));
    rows.push(`| ${label} | a month later: preview + commit of the list with every 10th budget changed | ${laterMs} + ${updateMs} | ${later.aantallen.bijwerken} bijwerken, ${later.aantallen.ongewijzigd} ongewijzigd |`);
    await app.close();
    return rows;
  } finally {
    await database.close();
    await target.drop();
  }
}

/** Runs the import benchmark and returns its Markdown section. */
export async function runImportBench(options: { rijen?: number; db?: string } = {}): Promise<string> {
  const rijen = options.rijen ?? 100_000;
  const serverUrl = options.db === 'embedded' ? null : await findServer();
  const kinds: DbKind[] = options.db === 'server' ? ['server'] : options.db === 'embedded' || !serverUrl ? ['embedded'] : ['embedded', 'server'];
  console.log(`Import: ${rijen} rijen genereren…`);
  const opties = { rijen, opdrachtgevers: [''] };
  const bestanden = { csv: genereerCsv(opties), xlsx: await genereerXlsx(opties), gewijzigd: genereerCsv({ ...opties, wijzigElke: 10 }) };
  const lines = [
    `### Import of opdrachten (bench/import.ts), load average ${loadavg()[0]!.toFixed(1)}`,
    '',
    `Files: CSV ${(bestanden.csv.byteLength / 2 ** 20).toFixed(1)} MB, xlsx ${(bestanden.xlsx.byteLength / 2 ** 20).toFixed(1)} MB, ${rijen.toLocaleString('en-US')} rows of 12 columns (Dutch headers, amounts, dates).`,
    '',
    '| database | step | ms | result |',
    '| --- | --- | ---: | --- |',
  ];
  for (const [naam, bytes] of Object.entries({ csv: bestanden.csv, xlsx: bestanden.xlsx })) {
    const [tabel, leesMs] = await tijd(() => readTable(bytes, { filename: `lijst.${naam}` }));
    const [, parseMs] = await tijd(async () => tabel.rows.forEach((r) => parseRow(r, tabel)));
    lines.push(`| — | read ${naam} (readTable) + parse every row (parseRow) | ${leesMs} + ${parseMs} | ${tabel.rows.length} rows |`);
  }
  for (const kind of kinds) {
    console.log(`Import: ${kind}…`);
    lines.push(...(await meetDatabase(kind, serverUrl, rijen, bestanden)));
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rijen: { type: 'string', default: '100000' }, db: { type: 'string' } } });
  console.log(await runImportBench({ rijen: Number(values.rijen), ...(values.db ? { db: values.db } : {}) }));
}
