/**
 * Typed application errors. Services throw `AppError(code, detail)`; only the problem-json
 * plugin turns them into `application/problem+json`. The detail is shown to users (Dutch);
 * `internal` is for logs only.
 */

interface ErrorKind {
  status: number;
  title: string;
}

/** Generic codes; modules add their own with `registerErrorCodes`. */
const codes = new Map<string, ErrorKind>(
  Object.entries({
    'ongeldige-invoer': { status: 400, title: 'Ongeldige invoer' },
    'niet-ingelogd': { status: 401, title: 'Niet ingelogd' },
    'aanmelding-mislukt': { status: 401, title: 'Aanmelden mislukt' },
    'geen-toegang': { status: 403, title: 'Geen toegang' },
    'origin-geweigerd': { status: 403, title: 'Verzoek van andere herkomst geweigerd' },
    'niet-gevonden': { status: 404, title: 'Niet gevonden' },
    'methode-niet-toegestaan': { status: 405, title: 'Methode niet toegestaan' },
    'niet-acceptabel': { status: 406, title: 'Formaat niet beschikbaar' },
    conflict: { status: 409, title: 'Conflict' },
    'overgang-niet-toegestaan': { status: 409, title: 'Statusovergang niet toegestaan' },
    'versie-verouderd': { status: 412, title: 'Gewijzigd door een ander' },
    'te-groot': { status: 413, title: 'Verzoek te groot' },
    'if-match-ontbreekt': { status: 428, title: 'If-Match ontbreekt' },
    'mediatype-niet-ondersteund': { status: 415, title: 'Mediatype niet ondersteund' },
    'te-veel-verzoeken': { status: 429, title: 'Te veel verzoeken' },
    'interne-fout': { status: 500, title: 'Interne fout' },
    'niet-beschikbaar': { status: 503, title: 'Tijdelijk niet beschikbaar' },
  }),
);

export function registerErrorCodes(extra: Record<string, ErrorKind>): void {
  for (const [code, kind] of Object.entries(extra)) codes.set(code, kind);
}

export function errorKind(code: string): ErrorKind {
  const kind = codes.get(code);
  if (!kind) throw new Error(`Onbekende foutcode: ${code}`);
  return kind;
}

export interface InvalidParam {
  name: string;
  code: string;
  reason: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly invalidParams: InvalidParam[] | undefined;
  readonly extra: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: string,
    detail: string,
    options: {
      invalidParams?: InvalidParam[];
      internal?: string;
      extra?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(options.internal ?? `${code}: ${detail}`);
    const kind = errorKind(code);
    this.code = code;
    this.status = kind.status;
    this.title = kind.title;
    this.detail = detail;
    this.invalidParams = options.invalidParams;
    this.extra = options.extra;
    this.headers = options.headers;
  }
}

export function notFound(code: string, detail = 'Het gevraagde item bestaat niet of u heeft er geen toegang toe.'): AppError {
  return new AppError(code, detail);
}

export function invalid(params: InvalidParam[], detail?: string): AppError {
  return new AppError('ongeldige-invoer', detail ?? params.map((p) => `${p.name}: ${p.reason}`).join('; '), {
    invalidParams: params,
  });
}

export function forbidden(detail = 'U mag deze handeling niet uitvoeren.'): AppError {
  return new AppError('geen-toegang', detail);
}
