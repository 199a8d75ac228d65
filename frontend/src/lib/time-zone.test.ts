import { fromLocalInput, toLocalInput } from '@/lib/time-zone';

describe('time zone conversions for date-time inputs', () => {
  it('shows an instant as wall-clock time in the event’s zone', () => {
    expect(toLocalInput('2020-04-21T07:30:00Z', 'Europe/Paris')).toBe('2020-04-21T09:30');
    expect(toLocalInput('2020-01-15T09:30:00+01:00', 'Europe/Paris')).toBe('2020-01-15T09:30');
    expect(toLocalInput(undefined, 'Europe/Paris')).toBe('');
  });

  it('adds the offset the zone has at that date (summer and winter time)', () => {
    expect(fromLocalInput('2020-04-21T09:30', 'Europe/Paris')).toBe('2020-04-21T09:30:00+02:00');
    expect(fromLocalInput('2020-01-15T09:30', 'Europe/Paris')).toBe('2020-01-15T09:30:00+01:00');
    expect(fromLocalInput('2020-01-15T09:30', 'America/New_York')).toBe(
      '2020-01-15T09:30:00-05:00',
    );
    expect(fromLocalInput('', 'Europe/Paris')).toBeUndefined();
  });
});
