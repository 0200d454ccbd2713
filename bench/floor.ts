/**
 * The floor: the SQL the app runs for the organisaties list and detail endpoints, served by a
 * bare Fastify route on the bare driver (pg Pool or PGlite) — no auth, no session lookup, no
 * Zod, no presenter. What the app does on top of this is the app's overhead.
 *
 * Run as its own process, like the app: FLOOR_DATABASE_URL or FLOOR_DATA_DIR, and PORT.
 */
import Fastify from 'fastify';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';

type Query = (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

const COLUMNS = '"id", "version", "created_at", "updated_at", "naam", "afkorting", "soort", "parent_id", "actief_van", "actief_tot"';

// Mirrors organisaties.repository.ts padenVan: the path of names from the top of the tree.
const PADEN = `
    with recursive boven as (
      select id as start, id, parent_id, coalesce(afkorting, naam) as label, naam, 0 as diepte
        from organisaties where id = any($1::uuid[])
      union all
      select b.start, o.id, o.parent_id, coalesce(o.afkorting, o.naam), o.naam, b.diepte + 1
        from boven b join organisaties o on o.id = b.parent_id
       where b.diepte < 20
    )
    select start, string_agg(case when diepte = 0 then naam else label end, ' › ' order by diepte desc) as pad
      from boven group by start`;

async function openDriver(): Promise<{ query: Query; close: () => Promise<void> }> {
  const url = process.env.FLOOR_DATABASE_URL;
  if (url) {
    // The same pool size as the app (server/db/client.ts).
    const pool = new pg.Pool({ connectionString: url, max: 20 });
    return { query: (text, params) => pool.query(text, params), close: () => pool.end() };
  }
  const dataDir = process.env.FLOOR_DATA_DIR;
  if (!dataDir) throw new Error('Zet FLOOR_DATABASE_URL of FLOOR_DATA_DIR');
  const client = await PGlite.create(dataDir);
  return { query: (text, params) => client.query(text, params), close: () => client.close() };
}

function escapeLike(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const driver = await openDriver();
const app = Fastify({ logger: false });

app.get('/health/ready', async () => {
  await driver.query('select 1', []);
  return { status: 'ok' };
});

app.get<{ Querystring: { q?: string; pageSize?: string; page?: string } }>('/organisaties', async (request) => {
  const pageSize = Math.min(Number(request.query.pageSize ?? 50), 200);
  const offset = (Number(request.query.page ?? 1) - 1) * pageSize;
  const params: unknown[] = [];
  let where = '';
  if (request.query.q) {
    const pattern = escapeLike(request.query.q);
    params.push(pattern, pattern);
    where = ' where ("organisaties"."naam" ilike $1 or "organisaties"."afkorting" ilike $2)';
  }
  const paging = offset > 0 ? ` limit $${params.length + 1} offset $${params.length + 2}` : ` limit $${params.length + 1}`;
  const [items, count] = await Promise.all([
    driver.query(
      `select ${COLUMNS} from "organisaties"${where} order by "organisaties"."naam" asc, "organisaties"."id" asc${paging}`,
      offset > 0 ? [...params, pageSize, offset] : [...params, pageSize],
    ),
    driver.query(`select count(*)::int from "organisaties"${where}`, params),
  ]);
  const paden = await driver.query(PADEN, [items.rows.map((r) => r.id)]);
  const padVan = new Map(paden.rows.map((r) => [r.start, r.pad]));
  return { items: items.rows.map((r) => ({ ...r, pad: padVan.get(r.id) })), total: count.rows[0]?.count ?? 0 };
});

app.get<{ Params: { id: string } }>('/organisaties/:id', async (request, reply) => {
  const rows = await driver.query(`select ${COLUMNS} from "organisaties" where "organisaties"."id" = $1 limit $2`, [request.params.id, 1]);
  if (!rows.rows[0]) return reply.code(404).send({ status: 404 });
  const paden = await driver.query(PADEN, [[request.params.id]]);
  return { ...rows.rows[0], pad: paden.rows[0]?.pad };
});

const shutdown = () => {
  app.close().then(() => driver.close()).finally(() => process.exit(0));
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);

await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
