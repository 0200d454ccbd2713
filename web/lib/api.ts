import type { Problem } from '../../common/api/common.js';

/** An API answer that was not 2xx: the problem+json body, typed. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }

  get isConflict() {
    return this.status === 412;
  }

  /** invalidParams keyed by field name, with the body prefix the server may add stripped. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const p of this.problem.invalidParams ?? []) {
      const name = p.name.replace(/^body\.?/, '');
      if (name && !out[name]) out[name] = p.reason;
    }
    return out;
  }
}

export const API_BASE = '/api/v1';

type Listener = () => void;
let onUnauthorized: Listener | null = null;

/**
 * What to do when a request answers 401 (the session expired or was never there): the router
 * installs a handler that sends the user to /inloggen?terugNaar=<current location>.
 */
export function setUnauthorizedHandler(handler: Listener | null) {
  onUnauthorized = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** The version last read; sent as If-Match so a stale save answers 412 instead of overwriting. */
  version?: number;
  /** Do not redirect to the login page on 401 (the login page itself, the session probe). */
  allowUnauthorized?: boolean;
  signal?: AbortSignal;
}

/** Calls the API (same-origin cookie session, JSON) and returns the parsed body. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.version !== undefined) headers['If-Match'] = `"${options.version}"`;
  const response = await fetch(`${API_BASE}${path}`, {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (response.status === 204) return undefined as T;
  const isJson = /json/.test(response.headers.get('Content-Type') ?? '');
  const body: unknown = isJson ? await response.json() : await response.text();
  if (response.ok) return body as T;
  const problem = isProblem(body)
    ? body
    : { type: 'about:blank', title: response.statusText || 'Fout', status: response.status, detail: String(body ?? ''), code: 'onbekend' };
  if (response.status === 401 && !options.allowUnauthorized) onUnauthorized?.();
  throw new ApiError(response.status, problem);
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && 'status' in body && 'title' in body;
}

/** Query string from an object, leaving out empty values. */
export function queryString(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `?${s}` : '';
}
