import type { Page } from 'playwright-core';

/** Calls the API from inside the logged-in page (cookie and Origin as the app sends them). */
export async function apiCall<T>(page: Page, method: string, path: string, body?: unknown, version?: number): Promise<{ status: number; body: T }> {
  return page.evaluate(async ({ method, path, body, version }) => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (version !== undefined) headers['If-Match'] = `"${version}"`;
    const response = await fetch(`/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }, { method, path, body, version }) as Promise<{ status: number; body: T }>;
}

/** An agency without a driehoek yet, so a test can create one. */
export async function createAgency(page: Page, naam: string, afkorting: string): Promise<string> {
  const result = await apiCall<{ id: string }>(page, 'POST', '/organisaties', { naam, afkorting, soort: 'uitvoeringsorganisatie' });
  if (result.status !== 201) throw new Error(`organisatie aanmaken gaf ${result.status}: ${JSON.stringify(result.body)}`);
  return result.body.id;
}
