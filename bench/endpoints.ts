import { BENCH_GEBRUIKER, BENCH_WACHTWOORD } from './persoon-data.js';

const API = '/api/v1';

export interface Endpoint {
  /** Name in the table, e.g. `GET /organisaties?q=zorg`. */
  name: string;
  kind: 'list' | 'detail';
  /** One path, or many (detail endpoints cycle through ids). */
  paths: string[];
  /** The same request on the floor process, when the floor serves this endpoint. */
  floorPaths?: string[];
}

/** GET with a generous timeout and an error that names the URL (fetch's own says only "fetch failed"). */
async function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  try {
    return await fetch(url, { headers, signal: AbortSignal.timeout(120_000) });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new Error(`GET ${url} mislukt (${error instanceof Error ? error.message : String(error)}${cause})`, { cause: error });
  }
}

/** Logs in as the bench's ordinary user (an opdrachtgever, not a beheerder) and returns the cookie. */
export async function login(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}${API}/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_GEBRUIKER, wachtwoord: BENCH_WACHTWOORD }),
  });
  if (response.status !== 201) throw new Error(`Inloggen mislukt: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('driehoek-sessie='));
  if (!cookie) throw new Error('Geen sessiecookie ontvangen');
  return cookie.split(';')[0]!;
}

interface OpenApi {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
}

/** The list modules the issue names, with an extra filtered or searched list where it asks for one. */
const MODULES: { module: string; extra?: { query: string; needs: string } }[] = [
  { module: 'organisaties', extra: { query: 'q=zorg', needs: 'q' } },
  { module: 'personen' },
  { module: 'driehoeken' },
  { module: 'beleidsterreinen', extra: { query: 'isWees=true', needs: 'isWees' } },
];

/**
 * The endpoints that exist in this build (read from the OpenAPI document, so the bench keeps
 * working while modules are added), with ids for the detail routes taken from the list itself.
 */
export async function discoverEndpoints(port: number, cookie: string): Promise<{ endpoints: Endpoint[]; skipped: string[] }> {
  const base = `http://127.0.0.1:${port}`;
  const doc = (await (await get(`${base}${API}/openapi.json`)).json()) as OpenApi;
  const has = (path: string) => doc.paths[path]?.get ?? doc.paths[`${API}${path}`]?.get;
  const endpoints: Endpoint[] = [];
  const skipped: string[] = [];
  for (const { module, extra } of MODULES) {
    const list = has(`/${module}`);
    if (!list) {
      skipped.push(`/${module} (not built yet)`);
      continue;
    }
    const isOrganisaties = module === 'organisaties';
    endpoints.push({
      name: `GET /${module}?pageSize=50`,
      kind: 'list',
      paths: [`${API}/${module}?pageSize=50`],
      ...(isOrganisaties ? { floorPaths: ['/organisaties?pageSize=50'] } : {}),
    });
    if (extra) {
      if ((list.parameters ?? []).some((p) => p.in === 'query' && p.name === extra.needs)) {
        endpoints.push({
          name: `GET /${module}?${extra.query}`,
          kind: 'list',
          paths: [`${API}/${module}?${extra.query}&pageSize=50`],
          ...(isOrganisaties ? { floorPaths: [`/organisaties?${extra.query}&pageSize=50`] } : {}),
        });
      } else {
        skipped.push(`/${module}?${extra.query} (filter not built yet)`);
      }
    }
    if (!has(`/${module}/{id}`)) {
      skipped.push(`/${module}/{id} (not built yet)`);
      continue;
    }
    const response = await get(`${base}${API}/${module}?pageSize=200`, { cookie });
    if (response.status !== 200) throw new Error(`GET /${module} gaf ${response.status}: ${await response.text()}`);
    const ids = ((await response.json()) as { items: { id: string }[] }).items.map((i) => i.id);
    if (ids.length === 0) {
      skipped.push(`/${module}/{id} (no data)`);
      continue;
    }
    endpoints.push({
      name: `GET /${module}/{id}`,
      kind: 'detail',
      paths: ids.map((id) => `${API}/${module}/${id}`),
      ...(isOrganisaties ? { floorPaths: ids.map((id) => `/organisaties/${id}`) } : {}),
    });
  }
  return { endpoints, skipped };
}

/** Fails early when an endpoint does not answer 200 (a 4xx under load would look fast). */
export async function checkEndpoint(port: number, paths: string[], headers: Record<string, string>): Promise<void> {
  const response = await get(`http://127.0.0.1:${port}${paths[0]}`, headers);
  if (response.status !== 200) throw new Error(`${paths[0]} gaf ${response.status}: ${(await response.text()).slice(0, 300)}`);
}
