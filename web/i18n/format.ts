/** Formatting of dates, moments and amounts per UI language, with Intl (nl-NL by default). */

export type Taal = 'nl' | 'en';

const LOCALE: Record<Taal, string> = { nl: 'nl-NL', en: 'en-GB' };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

/** A calendar date (YYYY-MM-DD) as "3 februari 2027"; empty for null. */
export function formatDatum(datum: string | null | undefined, taal: Taal = 'nl'): string {
  if (!datum) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(datum);
  if (!m) return datum;
  // A calendar date has no time zone: format it in UTC so no offset shifts the day.
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return cached(`d-${taal}`, () =>
    new Intl.DateTimeFormat(LOCALE[taal], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(date);
}

/** A moment as "3 februari 2027 om 14:05" in Europe/Amsterdam (DOMAIN.md: deadlines are Amsterdam days). */
export function formatTijdstip(tijdstip: string | null | undefined, taal: Taal = 'nl'): string {
  if (!tijdstip) return '';
  const date = new Date(tijdstip);
  if (Number.isNaN(date.getTime())) return tijdstip;
  return cached(`t-${taal}`, () =>
    new Intl.DateTimeFormat(LOCALE[taal], {
      day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam',
    }),
  ).format(date);
}

/**
 * An amount in integer cents as "€ 1.234.567" (whole euros) or "€ 1.234,50". Intl puts a
 * non-breaking space after the euro sign, so the amount never wraps apart from its sign.
 */
export function formatBedrag(centen: number | null | undefined, taal: Taal = 'nl'): string {
  if (centen === null || centen === undefined) return '';
  const heel = centen % 100 === 0;
  return cached(`b-${taal}-${heel}`, () =>
    new Intl.NumberFormat(LOCALE[taal], {
      style: 'currency', currency: 'EUR', minimumFractionDigits: heel ? 0 : 2, maximumFractionDigits: heel ? 0 : 2,
    }),
  ).format(centen / 100);
}

/** A number with the language's grouping: 1.234.567 in Dutch. */
export function formatGetal(getal: number | null | undefined, taal: Taal = 'nl'): string {
  if (getal === null || getal === undefined) return '';
  return cached(`g-${taal}`, () => new Intl.NumberFormat(LOCALE[taal], { maximumFractionDigits: 1 })).format(getal);
}
