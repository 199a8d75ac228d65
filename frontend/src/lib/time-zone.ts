import { dateTimeFormat } from '@/lib/format';

/**
 * Date-time inputs (`<input type="datetime-local">`) show wall-clock time; the API wants an
 * ISO-8601 time with the offset of the event's time zone. These convert between the two.
 */

function parts(date: Date, timeZone: string): Record<string, string> {
  const formatter = dateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(formatter.formatToParts(date).map((part) => [part.type, part.value]));
}

/** Minutes east of UTC of a time zone at an instant. */
function offsetMinutes(date: Date, timeZone: string): number {
  const p = parts(date, timeZone);
  const wall = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
  );
  return Math.round((wall - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000);
}

function safeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** `2020-04-21T09:30:00+02:00` -> `2020-04-21T09:30` in the given zone ('' when empty). */
export function toLocalInput(value: string | null | undefined, timeZone?: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const p = parts(date, safeZone(timeZone));
  return `${p.year ?? ''}-${p.month ?? ''}-${p.day ?? ''}T${p.hour ?? ''}:${p.minute ?? ''}`;
}

/** `2020-04-21T09:30` in Europe/Paris -> `2020-04-21T09:30:00+02:00` (undefined when empty). */
export function fromLocalInput(local: string, timeZone?: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const zone = safeZone(timeZone);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at the wall time itself, found in two steps around daylight-saving changes.
  let offset = offsetMinutes(new Date(asUtc), zone);
  offset = offsetMinutes(new Date(asUtc - offset * 60_000), zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.slice(0, 16)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
