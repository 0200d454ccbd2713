import type { LoadResult } from './load.js';

export interface ColdStart {
  db: string;
  start: string;
  ms: number;
}

export interface EndpointResult {
  db: string;
  isServer: boolean;
  endpoint: string;
  kind: 'list' | 'detail';
  app: LoadResult;
  floor?: LoadResult;
  /** Why the endpoint could not be measured (it answered an error, or never). */
  error?: string;
}

export interface BrowserResult {
  name: string;
  value: string;
  target: string;
  isMet: boolean;
}

export interface Report {
  header: string[];
  coldStarts: ColdStart[];
  endpoints: EndpointResult[];
  skipped: string[];
  browser: BrowserResult[];
  scale: string;
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const pct = (n: number) => `${Math.round(n * 100)} %`;

function failuresOf(r: LoadResult): string {
  if (r.failures === 0) return '0';
  return r.timeouts === r.failures ? `${r.failures} (no answer within 10 s)` : `${r.failures} (${r.timeouts} without answer)`;
}

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map((h, i) => (i === 0 || i === 1 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The verdicts on the issue's targets, honestly: a target not measured is said to be so. */
function targets(report: Report): string[] {
  const lines: string[] = [];
  const serverLists = report.endpoints.filter((e) => e.isServer && e.kind === 'list');
  if (report.scale !== 'large' || serverLists.length === 0) {
    lines.push('- p95 < 50 ms for lists (large, server): not measured in this run (only with `--scale large` on the server).');
  } else {
    for (const e of serverLists) {
      lines.push(`- p95 < 50 ms, ${e.endpoint} (server): ${e.error ? 'not measured' : `${ms(e.app.p95)} ms`} — ${e.app.p95 < 50 ? 'met' : '**missed**'}`);
    }
  }
  for (const e of report.endpoints.filter((x) => x.floor)) {
    const ratio = e.app.rps / e.floor!.rps;
    lines.push(`- app ≥ 50 % of the floor, ${e.endpoint} (${e.db}): ${pct(ratio)} — ${ratio >= 0.5 ? 'met' : '**missed**'}`);
  }
  for (const b of report.browser.filter((x) => !x.target.startsWith('('))) {
    lines.push(`- ${b.name}: ${b.value} (target ${b.target}) — ${b.isMet ? 'met' : '**missed**'}`);
  }
  return lines;
}

export function renderReport(report: Report): string {
  const parts = [...report.header, ''];
  if (report.coldStarts.length > 0) {
    parts.push('### Cold start (process spawned → `/health/ready` answers 200)', '');
    parts.push(table(['database', 'start', 'ms'], report.coldStarts.map((c) => [c.db, c.start, int(c.ms)])), '');
  }
  if (report.endpoints.length > 0) {
    parts.push('### API under load', '');
    parts.push(table(
      ['database', 'endpoint', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'errors'],
      report.endpoints.map((e) => e.error
        ? [e.db, `\`${e.endpoint}\``, '–', '–', '–', '–', `not measured: ${e.error}`]
        : [e.db, `\`${e.endpoint}\``, ms(e.app.p50), ms(e.app.p95), ms(e.app.p99), int(e.app.rps), failuresOf(e.app)]),
    ), '');
    const withFloor = report.endpoints.filter((e) => e.floor);
    if (withFloor.length > 0) {
      parts.push('### Floor: the same SQL on a bare Fastify route and the bare driver', '');
      parts.push(table(
        ['database', 'endpoint', 'floor p50 ms', 'floor p95 ms', 'floor req/s', 'app req/s', 'app/floor'],
        withFloor.map((e) => [e.db, `\`${e.endpoint}\``, ms(e.floor!.p50), ms(e.floor!.p95), int(e.floor!.rps), int(e.app.rps), pct(e.app.rps / e.floor!.rps)]),
      ), '');
    }
  }
  if (report.browser.length > 0) {
    parts.push('### Browser (Playwright, headless Chromium)', '');
    parts.push(table(['measure', 'value', 'target'], report.browser.map((b) => [b.name, b.value, b.target])), '');
  }
  if (report.skipped.length > 0) parts.push(`Not measured: ${[...new Set(report.skipped)].join('; ')}.`, '');
  parts.push('### Targets', '', ...targets(report), '');
  return parts.join('\n');
}
