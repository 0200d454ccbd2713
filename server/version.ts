/** The API version (SemVer), sent as `API-Version` on every response and in the OpenAPI document. */
export const API_VERSION = '1.0.0';
export const API_BASE = '/api/v1';
