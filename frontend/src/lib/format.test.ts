import { afterEach, describe, expect, it } from 'vitest';
import {
  collator,
  compareAlphabetically,
  dateTimeFormat,
  formatDate,
  formatDateTime,
  formatEventDateTime,
  formatEventTime,
  formatNumber,
  formatPercent,
  numberFormat,
} from '@/lib/format';
import { fromLocalInput } from '@/lib/time-zone';

// Intl separates French thousands with a narrow no-break space and puts a no-break space before %.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('numbers', () => {
  it('writes French and English numbers with at most two decimals', () => {
    expect(formatNumber(1234.567, 'fr')).toBe(`1${NNBSP}234,57`);
    expect(formatNumber(1234.567, 'en')).toBe('1,234.57');
    expect(formatNumber(-1_234_567.4, 'fr')).toBe(`-1${NNBSP}234${NNBSP}567,4`);
    expect(formatNumber(12, 'en')).toBe('12');
    expect(formatNumber(0, 'fr')).toBe('0');
    expect(formatNumber(undefined, 'fr')).toBe('');
    expect(formatNumber(null, 'en')).toBe('');
  });

  it('writes percentages as each language does', () => {
    expect(formatPercent(0.42, 'fr')).toBe(`42${NBSP}%`);
    expect(formatPercent(0.42, 'en')).toBe('42%');
    expect(formatPercent(1.255, 'en')).toBe('126%');
  });
});

describe('dates', () => {
  it('shows a date alone as that day, whatever the reader’s zone', () => {
    expect(formatDate('2019-12-03', 'fr')).toBe('3 décembre 2019');
    expect(formatDate('2019-12-03', 'en')).toBe('December 3, 2019');
    expect(formatDate('2019-01-01', 'fr')).toBe('1 janvier 2019');
  });

  it('shows an instant in the reader’s zone', () => {
    const instant = '2020-04-21T07:30:00Z';
    const reader = (language: string, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(language, options).format(new Date(instant));
    expect(formatDate(instant, 'fr')).toBe(reader('fr', { dateStyle: 'long' }));
    expect(formatDateTime(instant, 'en')).toBe(
      reader('en', { dateStyle: 'long', timeStyle: 'short' }),
    );
  });

  it('gives back what is not a date, and nothing for nothing', () => {
    expect(formatDate('not a date', 'fr')).toBe('not a date');
    expect(formatDateTime('not a date', 'fr')).toBe('not a date');
    expect(formatEventDateTime('not a date', 'fr')).toBe('not a date');
    expect(formatDate(undefined, 'fr')).toBe('');
    expect(formatDateTime(null, 'en')).toBe('');
    expect(formatEventTime(undefined, 'en')).toBe('');
  });
});

describe('event times', () => {
  it('are the wall-clock time of the event’s own zone, carried by the value’s offset', () => {
    expect(formatEventDateTime('2020-04-21T09:30:00+02:00', 'fr')).toBe('21 avril 2020 à 09:30');
    expect(formatEventDateTime('2020-04-21T09:30:00+02:00', 'en')).toBe(
      'April 21, 2020 at 9:30 AM',
    );
    expect(formatEventTime('2020-04-21T17:00:00+02:00', 'fr')).toBe('17:00');
    expect(formatEventTime('2020-04-21T17:00:00+02:00', 'en')).toBe('5:00 PM');
    // Late evening in New York is already the next day in UTC: still the 21st, 11 pm.
    expect(formatEventDateTime('2020-04-21T23:15:00-04:00', 'fr')).toBe('21 avril 2020 à 23:15');
    expect(formatEventTime('2020-04-21T12:00:00Z', 'fr')).toBe('12:00');
  });

  it('read as Intl reads them in the event’s zone, in summer and in winter', () => {
    for (const local of ['2020-04-21T09:30', '2020-01-15T18:45', '2021-10-31T02:30']) {
      // Written as the API does: the wall-clock time with the offset Paris has at that date.
      const value = fromLocalInput(local, 'Europe/Paris') ?? '';
      for (const language of ['fr', 'en', 'de']) {
        const paris = (options: Intl.DateTimeFormatOptions) =>
          new Intl.DateTimeFormat(language, { ...options, timeZone: 'Europe/Paris' }).format(
            new Date(value),
          );
        expect(formatEventDateTime(value, language), value).toBe(
          paris({ dateStyle: 'long', timeStyle: 'short' }),
        );
        expect(formatEventTime(value, language), value).toBe(paris({ timeStyle: 'short' }));
      }
    }
  });
});

describe('formatters', () => {
  const { NumberFormat, DateTimeFormat } = Intl;
  afterEach(() => {
    Intl.NumberFormat = NumberFormat;
    Intl.DateTimeFormat = DateTimeFormat;
  });

  it('are made once per language and options, on first use', () => {
    let made = 0;
    Intl.NumberFormat = new Proxy(NumberFormat, {
      construct(target, args: ConstructorParameters<typeof NumberFormat>) {
        made++;
        return new target(...args);
      },
    });
    for (let value = 0; value < 50; value++) formatNumber(value + 0.123, 'it');
    expect(made).toBe(1);
    expect(formatNumber(1234.5, 'it')).toBe('1234,5');
    formatNumber(1, 'pt');
    expect(made).toBe(2);
    expect(numberFormat('it', { maximumFractionDigits: 2 })).toBe(
      numberFormat('it', { maximumFractionDigits: 2 }),
    );
    expect(dateTimeFormat('it', { dateStyle: 'long' })).toBe(
      dateTimeFormat('it', { dateStyle: 'long' }),
    );
    expect(collator('it')).toBe(collator('it'));
  });

  it('serve any language Intl knows', () => {
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
    expect(formatDate('2019-12-03', 'de')).toBe('3. Dezember 2019');
  });
});

describe('compareAlphabetically', () => {
  it('sorts as the language’s collation: case and accents come after the letters', () => {
    const names = [
      'Zèbre',
      'école 42',
      'Ecole des Mines',
      'éthique',
      'Etat',
      'Abeille',
      'à propos',
    ];
    expect([...names].sort((a, b) => compareAlphabetically(a, b, 'fr'))).toEqual([
      'à propos',
      'Abeille',
      'école 42',
      'Ecole des Mines',
      'Etat',
      'éthique',
      'Zèbre',
    ]);
    expect(compareAlphabetically('ilot', 'Îlot', 'fr')).not.toBe(0);
    expect(compareAlphabetically('a', 'a', 'en')).toBe(0);
  });
});
