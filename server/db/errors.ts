/** PostgreSQL error codes we turn into domain errors; drizzle wraps the driver error in `cause`. */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

// RESTRICT violations are 23001 on newer PostgreSQL (PGlite) and 23503 on older servers.
export const isForeignKeyViolation = (error: unknown) => ['23503', '23001'].includes(pgErrorCode(error) ?? '');
export const isUniqueViolation = (error: unknown) => pgErrorCode(error) === '23505';
