import autocannon from 'autocannon';

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  /** Answers that were not 2xx, plus connection errors and timeouts: should be 0. */
  failures: number;
  /** Of the failures: requests that got no answer within autocannon's 10 s. */
  timeouts: number;
}

export interface LoadOptions {
  port: number;
  /** One path, or several that the connections cycle through (detail endpoints over many ids). */
  paths: string[];
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Runs autocannon in this process against 127.0.0.1. Latencies are collected per response,
 * because autocannon's own summary has no p95 (it reports p90 and p97.5).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: `http://127.0.0.1:${options.port}`,
      connections: options.connections,
      duration: options.seconds,
      headers: options.headers ?? {},
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => ({ ...request, path: options.paths[next++ % options.paths.length]! }),
        },
      ],
    }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  const ok = latencies.length;
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: ok / (result.duration || options.seconds),
    requests: ok,
    failures: result.non2xx + result.errors + result.timeouts,
    timeouts: result.timeouts,
  };
}
