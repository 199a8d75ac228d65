/** Dates in the reader's language; event times in the event's own time zone when known. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeZone: value.length === 10 ? 'UTC' : undefined,
  }).format(date);
}

export function formatDateTime(
  value: string | null | undefined,
  language: string,
  timeZone?: string | null,
): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: timeZone ?? undefined,
  }).format(date);
}

export function formatTime(
  value: string | null | undefined,
  language: string,
  timeZone?: string | null,
): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, {
    timeStyle: 'short',
    timeZone: timeZone ?? undefined,
  }).format(date);
}

export function formatNumber(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}
