import { afterEach, describe, expect, it } from 'vitest';
import {
  compareAlphabetically,
  formatDate,
  formatDateTime,
  formatEventDateTime,
  formatEventTime,
  formatNumber,
  formatPercent,
  numberFormat,
} from '@/lib/format';
import { fromLocalInput, toLocalInput } from '@/lib/time-zone';

const languages = ['fr', 'en'];

// Numbers where rounding, grouping and signs are easy to get wrong.
const numbers = [
  0,
  -0,
  1,
  -1,
  0.5,
  0.004,
  0.005,
  -0.004,
  0.015,
  0.125,
  1.005,
  2.675,
  9.995,
  99.995,
  999.995,
  999_999.995,
  12,
  123,
  1234,
  12_345.6,
  123_456.78,
  1_234_567.891,
  -1_234_567.456,
  42.1,
  0.1 + 0.2,
  1e15,
  123_456_789_012.345,
  1e21,
  1e-7,
  3.14159,
];

const random = (seed: number) => () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

describe('format', () => {
  const NumberFormat = Intl.NumberFormat;
  afterEach(() => {
    Intl.NumberFormat = NumberFormat;
  });

  it('writes French and English numbers exactly as Intl does', () => {
    const next = random(42);
    const values = [...numbers];
    for (let i = 0; i < 2000; i++) {
      const magnitude = 10 ** Math.floor(next() * 9 - 3);
      values.push(Math.round((next() - 0.3) * magnitude * 1000) / 1000);
    }
    for (const language of languages) {
      const intl = new NumberFormat(language, { maximumFractionDigits: 2 });
      const percent = new NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
      for (const value of values) {
        expect(formatNumber(value, language), `${language} ${String(value)}`).toBe(
          intl.format(value),
        );
        expect(formatPercent(value / 1000, language), `${language} ${String(value)}%`).toBe(
          percent.format(value / 1000),
        );
      }
    }
    expect(formatNumber(1234.5, 'fr')).toBe('1\u202f234,5');
    expect(formatNumber(undefined, 'fr')).toBe('');
    expect(formatPercent(0.42, 'fr')).toBe('42\u00a0%');
  });

  it('writes French and English dates and times exactly as Intl does', () => {
    const next = random(7);
    for (let i = 0; i < 400; i++) {
      const instant = new Date(Date.UTC(1990, 0, 1) + Math.floor(next() * 50 * 365 * 86_400_000));
      const iso = instant.toISOString();
      const day = iso.slice(0, 10);
      for (const language of languages) {
        expect(formatDate(day, language)).toBe(
          new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(instant),
        );
        expect(formatDate(iso, language)).toBe(
          new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(instant),
        );
        expect(formatDateTime(iso, language)).toBe(
          new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(
            instant,
          ),
        );
        // An event in Paris, written (as the API does) with Paris's offset at that instant.
        const event = fromLocalInput(toLocalInput(iso, 'Europe/Paris'), 'Europe/Paris') ?? '';
        expect(formatEventDateTime(event, language), event).toBe(
          new Intl.DateTimeFormat(language, {
            dateStyle: 'long',
            timeStyle: 'short',
            timeZone: 'Europe/Paris',
          }).format(new Date(event)),
        );
        expect(formatEventTime(event, language), event).toBe(
          new Intl.DateTimeFormat(language, {
            timeStyle: 'short',
            timeZone: 'Europe/Paris',
          }).format(new Date(event)),
        );
      }
    }
    expect(formatDate('2019-12-03', 'fr')).toBe('3 décembre 2019');
    expect(formatDate('2019-12-03', 'en')).toBe('December 3, 2019');
    expect(formatEventDateTime('2020-04-21T09:30:00+02:00', 'fr')).toBe('21 avril 2020 à 09:30');
    expect(formatEventDateTime('2020-04-21T09:30:00+02:00', 'en')).toBe(
      'April 21, 2020 at 9:30 AM',
    );
    expect(formatDate('not a date', 'fr')).toBe('not a date');
    expect(formatDate(undefined, 'fr')).toBe('');
  });

  it('uses Intl for other languages, with one formatter per language and options', () => {
    let made = 0;
    Intl.NumberFormat = new Proxy(NumberFormat, {
      construct(target, args: ConstructorParameters<typeof NumberFormat>) {
        made++;
        return new target(...args);
      },
    });
    for (let value = 0; value < 50; value++) formatNumber(value + 0.123, 'de');
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
    formatNumber(1, 'it');
    formatNumber(1, 'fr');
    expect(made).toBe(2);
    expect(numberFormat('de', { maximumFractionDigits: 2 })).toBe(
      numberFormat('de', { maximumFractionDigits: 2 }),
    );
    expect(formatDate('2019-12-03', 'de')).toBe('3. Dezember 2019');
    // An event's time, as its own zone reads it, whatever the reader's zone.
    const paris = (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat('de', { ...options, timeZone: 'Europe/Paris' }).format(
        new Date('2020-04-21T09:30:00+02:00'),
      );
    expect(formatEventDateTime('2020-04-21T09:30:00+02:00', 'de')).toBe(
      paris({ dateStyle: 'long', timeStyle: 'short' }),
    );
    expect(formatEventTime('2020-04-21T09:30:00+02:00', 'de')).toBe(paris({ timeStyle: 'short' }));
  });

  it('sorts alphabetically without regard to case and accents, as the French collation does', () => {
    const names = [
      'Zèbre',
      'école 42',
      'Ecole des Mines',
      'éthique',
      'Etat',
      'Îlot',
      'ilot',
      'Région Hauts-de-France',
      'réseau',
      'Abeille',
      'à propos',
      'MEL',
      'métropole',
      'Œuvre',
      'ouvrage',
    ];
    const collator = new Intl.Collator('fr');
    const byFolding = [...names].sort(compareAlphabetically);
    // Same order as the collation, apart from ties between case variants (then by code point).
    expect(byFolding.map((name) => name.toLowerCase())).toEqual(
      [...names].sort((a, b) => collator.compare(a, b)).map((name) => name.toLowerCase()),
    );
    expect(compareAlphabetically('ilot', 'Îlot')).not.toBe(0);
    expect(compareAlphabetically('a', 'a')).toBe(0);
  });
});
