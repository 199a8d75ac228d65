/**
 * Dates and numbers in the reader's language.
 *
 * French and English, the app's languages, are written here directly, with the same output as
 * `Intl` (format.test.ts compares them): a browser's first `Intl` number or date formatter loads
 * locale data, which cost 30-60 ms of main thread on the coalition page, inside one render that
 * React cannot slice. Any other language goes through `Intl`, one formatter per language and
 * options.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(
  kind: 'date' | 'number',
  language: string,
  options: Intl.DateTimeFormatOptions | Intl.NumberFormatOptions,
  make: () => F,
): F {
  const key = `${kind}|${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A date-time formatter for a language and options, made once. */
export function dateTimeFormat(
  language: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached('date', language, options, () => new Intl.DateTimeFormat(language, options));
}

/** A number formatter for a language and options, made once. */
export function numberFormat(
  language: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return cached('number', language, options, () => new Intl.NumberFormat(language, options));
}

type Written = 'fr' | 'en';

/** `fr`, `fr-FR`, `en-GB`... -> the language written here, if it is one. */
function written(language: string): Written | undefined {
  const base = language.toLowerCase().split('-')[0];
  return base === 'fr' || base === 'en' ? base : undefined;
}

const months: Record<Written, readonly string[]> = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The narrow no-break space between French thousands (`1 234`). */
const NNBSP = '\u202f';
/** The no-break space before the French percent sign (`42 %`). */
const NBSP = '\u00a0';

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The wall-clock date and time written in an ISO-8601 value, whatever its offset. */
function writtenWallTime(value: string): WallTime | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute] = match;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour ?? 0),
    minute: Number(minute ?? 0),
  };
}

/** The date and time of an instant in the browser's time zone. */
function localWallTime(date: Date): WallTime {
  return {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
  };
}

function longDate(time: WallTime, language: Written): string {
  const month = months[language][time.month - 1] ?? '';
  return language === 'fr'
    ? `${String(time.day)} ${month} ${String(time.year)}`
    : `${month} ${String(time.day)}, ${String(time.year)}`;
}

function shortTime(time: WallTime, language: Written): string {
  const minute = String(time.minute).padStart(2, '0');
  if (language === 'fr') return `${String(time.hour).padStart(2, '0')}:${minute}`;
  const hour = time.hour % 12 === 0 ? 12 : time.hour % 12;
  return `${String(hour)}:${minute} ${time.hour < 12 ? 'AM' : 'PM'}`;
}

function dateAndTime(time: WallTime, language: Written): string {
  return `${longDate(time, language)} ${language === 'fr' ? 'à' : 'at'} ${shortTime(time, language)}`;
}

/**
 * A date: `2019-12-03` is that day wherever the reader is; an instant is the reader's date of it.
 */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const dateOnly = value.length === 10;
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  const lang = written(language);
  if (!lang) {
    return dateTimeFormat(language, {
      dateStyle: 'long',
      timeZone: dateOnly ? 'UTC' : undefined,
    }).format(date);
  }
  const time = dateOnly ? writtenWallTime(value) : localWallTime(date);
  return time ? longDate(time, lang) : value;
}

/** An instant, with its time, in the reader's time zone (events: `formatEventDateTime`). */
export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const lang = written(language);
  if (!lang) {
    return dateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  }
  return dateAndTime(localWallTime(date), lang);
}

/**
 * An event's date and time as its own time zone reads it. The API writes event times with the
 * offset of the event's time zone (openapi.yaml: `startsAt`), so that wall-clock time is the one
 * written in the value: no time-zone data is needed to show it.
 */
export function formatEventDateTime(value: string | null | undefined, language: string): string {
  return formatEventWallTime(
    value,
    language,
    { dateStyle: 'long', timeStyle: 'short' },
    dateAndTime,
  );
}

/** An event's time of day as its own time zone reads it (see `formatEventDateTime`). */
export function formatEventTime(value: string | null | undefined, language: string): string {
  return formatEventWallTime(value, language, { timeStyle: 'short' }, shortTime);
}

function formatEventWallTime(
  value: string | null | undefined,
  language: string,
  options: Intl.DateTimeFormatOptions,
  write: (time: WallTime, language: Written) => string,
): string {
  if (!value) return '';
  const time = writtenWallTime(value);
  if (!time || Number.isNaN(new Date(value).getTime())) return value;
  const lang = written(language);
  if (lang) return write(time, lang);
  // Other languages: Intl, on an instant that reads that wall-clock time in UTC.
  const wall = new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute));
  return dateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(wall);
}

/**
 * The decimal digits of a finite number without exponent (`12.345` -> `12`, `345`), moved `shift`
 * places to the left (`shift` 2: `0.145` -> `14`, `5`), rounded half away from zero to `digits`
 * decimals on the digits themselves (as `Intl` does), not on the binary value. Undefined when
 * JavaScript writes the number with an exponent.
 */
function roundDecimal(
  value: number,
  digits: number,
  shift = 0,
): { integer: string; fraction: string } | undefined {
  const text = String(Math.abs(value));
  if (text.includes('e')) return undefined;
  const [whole = '0', decimals = ''] = text.split('.');
  const padded = decimals.padEnd(shift, '0');
  let integer = (whole + padded.slice(0, shift)).replace(/^0+(?=\d)/, '');
  const rest = padded.slice(shift);
  let fraction = rest.slice(0, digits);
  if ((rest[digits] ?? '0') >= '5') {
    // Round up: add one to the last kept digit, carrying leftwards.
    const all = (integer + fraction.padEnd(digits, '0')).split('').map(Number);
    let i = all.length - 1;
    while (i >= 0) {
      const digit = (all[i] ?? 0) + 1;
      if (digit < 10) {
        all[i] = digit;
        break;
      }
      all[i] = 0;
      i--;
    }
    const joined = (i < 0 ? '1' : '') + all.join('');
    integer = joined.slice(0, joined.length - digits);
    fraction = joined.slice(joined.length - digits);
  }
  return { integer: integer || '0', fraction: fraction.replace(/0+$/, '') };
}

function groupThousands(integer: string, separator: string): string {
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function writtenNumber(
  value: number,
  digits: number,
  lang: Written,
  shift = 0,
): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const rounded = roundDecimal(value, digits, shift);
  if (!rounded) return undefined;
  const integer = groupThousands(rounded.integer, lang === 'fr' ? NNBSP : ',');
  const number = rounded.fraction
    ? `${integer}${lang === 'fr' ? ',' : '.'}${rounded.fraction}`
    : integer;
  // As Intl: a negative number that rounds to zero keeps its sign (`-0`).
  return value < 0 || Object.is(value, -0) ? `-${number}` : number;
}

/** `1234.567` -> `1 234,57` (fr) or `1,234.57` (en): at most two decimals. */
export function formatNumber(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  const lang = written(language);
  return (
    (lang && writtenNumber(value, 2, lang)) ??
    numberFormat(language, { maximumFractionDigits: 2 }).format(value)
  );
}

/** `0.42` -> `42 %` (fr) or `42%` (en). */
export function formatPercent(value: number, language: string): string {
  const lang = written(language);
  const number = lang && writtenNumber(value, 0, lang, 2);
  if (lang && number !== undefined) return lang === 'fr' ? `${number}${NBSP}%` : `${number}%`;
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** Lower case without accents or ligatures: `École` -> `ecole`, `Œuvre` -> `oeuvre`. */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/**
 * Alphabetical order as a French or English reader expects it: case and accents do not count
 * (`école` sorts with `ecole`, before `Zèbre`), then ties break on the text itself. Close to
 * `localeCompare`, without its cost: the first collation in a page loads collation data (20-30 ms
 * of main thread).
 */
export function compareAlphabetically(a: string, b: string): number {
  const x = folded(a);
  const y = folded(b);
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
