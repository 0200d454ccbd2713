const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Europe/Amsterdam (YYYY-MM-DD); deadlines and validity use it. */
export function amsterdamToday(now: Date): string {
  return amsterdamDate.format(now);
}

/** A date column value (string or Date) as YYYY-MM-DD, or null. */
export function toIsoDate(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  return value.toISOString().slice(0, 10);
}

export function toIsoDateTime(value: string | Date): string {
  return (typeof value === 'string' ? new Date(value) : value).toISOString();
}
