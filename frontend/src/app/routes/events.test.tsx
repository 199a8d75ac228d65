import { screen } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { page, stubApi } from '@/testing/api-stub';
import { renderApp } from '@/testing/render';

const resetDay: Schemas['EventSummary'] = {
  slug: 'reset-day-4',
  title: 'Reset Day 4',
  kind: 'RESET_DAY',
  startsAt: '2020-04-21T09:30:00+02:00',
  languages: { original: 'fr', texts: { title: 'fr' } },
};

describe('Events page', () => {
  it('shows the latest past events when none is upcoming', async () => {
    stubApi({
      '/api/v1/events': (url: URL) =>
        url.searchParams.get('when') === 'past' ? page([resetDay]) : page([]),
    });
    renderApp('/events', { language: 'fr' });
    expect(await screen.findByText('Aucun événement à venir.')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Les derniers événements passés' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Reset Day 4/ })).toHaveAttribute(
      'href',
      '/events/reset-day-4',
    );
  });

  it('shows no past events when some are upcoming', async () => {
    stubApi({
      '/api/v1/events': (url: URL) =>
        url.searchParams.get('when') === 'past'
          ? page([])
          : page([{ ...resetDay, title: 'Reset Day 5' }]),
    });
    renderApp('/events', { language: 'fr' });
    expect(await screen.findByRole('link', { name: 'Reset Day 5' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Les derniers événements passés' })).toBeNull();
  });
});
