/**
 * Dates, numbers and alphabetical order in the reader's language, with `Intl`. Each formatter
 * (and collator) is made on first use, once per language and options, and then reused: making
 * one loads locale data.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.Collator>(
  key: string,
  make: () => T,
): T {
  let made = cache.get(key) as T | undefined;
  if (!made) {
    made = make();
    cache.set(key, made);
  }
  return made;
}

/** A date-time formatter for a language and options, made once. */
export function dateTimeFormat(
  language: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached(
    `date|${language}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(language, options),
  );
}

/** A number formatter for a language and options, made once. */
export function numberFormat(
  language: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return cached(
    `number|${language}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(language, options),
  );
}

/** A collator for a language, made once. */
export function collator(language: string): Intl.Collator {
  return cached(`collator|${language}`, () => new Intl.Collator(language));
}

const LONG_DATE = { dateStyle: 'long' } as const;
const LONG_DATE_TIME = { dateStyle: 'long', timeStyle: 'short' } as const;

/**
 * A date: `2019-12-03` is that day wherever the reader is; an instant is the reader's date of it.
 */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  // A date alone is parsed as midnight UTC: shown in UTC, it is that day.
  return dateTimeFormat(language, dateOnly ? { ...LONG_DATE, timeZone: 'UTC' } : LONG_DATE).format(
    date,
  );
}

/** An instant, with its time, in the reader's time zone (events: `formatEventDateTime`). */
export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : dateTimeFormat(language, LONG_DATE_TIME).format(date);
}

/**
 * The wall-clock time written in an ISO-8601 value, as an instant that reads that time in UTC.
 * The API writes event times with the offset of the event's own time zone (openapi.yaml:
 * `startsAt`), so that is the time the event's zone reads, wherever the reader is.
 */
function wallClock(value: string): Date | undefined {
  const instant = Date.parse(value);
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(value);
  if (Number.isNaN(instant)) return undefined;
  if (!offset) return new Date(instant); // `Z`: UTC
  const [, sign, hours, minutes] = offset;
  const minutesEast = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  return new Date(instant + minutesEast * 60_000);
}

function formatEvent(
  value: string | null | undefined,
  language: string,
  options: Intl.DateTimeFormatOptions,
): string {
  if (!value) return '';
  const wall = wallClock(value);
  return wall ? dateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(wall) : value;
}

/** An event's date and time as its own time zone reads it (see `wallClock`). */
export function formatEventDateTime(value: string | null | undefined, language: string): string {
  return formatEvent(value, language, LONG_DATE_TIME);
}

/** An event's time of day as its own time zone reads it (see `wallClock`). */
export function formatEventTime(value: string | null | undefined, language: string): string {
  return formatEvent(value, language, { timeStyle: 'short' });
}

/** `1234.567` -> `1 234,57` (fr) or `1,234.57` (en): at most two decimals. */
export function formatNumber(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  return numberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** `0.42` -> `42 %` (fr) or `42%` (en). */
export function formatPercent(value: number, language: string): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** Alphabetical order as a reader of the language expects it (`école` near `ecole`). */
export function compareAlphabetically(a: string, b: string, language: string): number {
  return collator(language).compare(a, b);
}
