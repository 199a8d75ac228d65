import { screen, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { page, stubApi, TEST_API_URL } from '@/testing/api-stub';
import { panorama } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

const catalogue: Schemas['OpenDataCatalogue'] = {
  title: 'Fabrique — open data',
  description: 'Les données publiques',
  licence: {
    name: 'Licence Ouverte / Open Licence 2.0',
    url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    attribution: 'Fabrique',
  },
  generatedAt: '2026-12-06T12:00:00Z',
  downloads: [
    {
      name: 'archive',
      mediaType: 'application/zip',
      url: `${TEST_API_URL}/api/v1/open-data/fabrique.zip`,
      description: 'ZIP',
    },
    {
      name: 'events-calendar',
      mediaType: 'text/calendar',
      url: `${TEST_API_URL}/api/v1/feeds/events.ics`,
      description: 'iCalendar',
    },
  ],
  files: [
    {
      file: 'coalitions.csv',
      description: 'Coalitions and their canvas',
      rows: 12,
      columns: [{ name: 'slug', type: 'string', description: 'identifier of the coalition' }],
    },
  ],
};

describe('Open data page', () => {
  it('is linked from the footer and lists the downloads, the files and the licence', async () => {
    stubApi({ '/api/v1/open-data': catalogue, '/api/v1/panorama': panorama });
    const { router, user } = renderApp('/');
    await user.click(
      within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Données ouvertes' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Données ouvertes' }),
    ).toBeVisible();
    expect(router.state.location.pathname).toBe('/open-data');
    expect(
      await screen.findByRole('link', { name: 'Archive ZIP des fichiers CSV' }),
    ).toHaveAttribute('href', `${TEST_API_URL}/api/v1/open-data/fabrique.zip`);
    expect(
      screen.getByRole('link', { name: 'Calendrier des événements (iCalendar)' }),
    ).toHaveAttribute('href', `${TEST_API_URL}/api/v1/feeds/events.ics`);
    expect(screen.getByText('coalitions.csv')).toBeVisible();
    expect(screen.getByText(/12 lignes/)).toBeVisible();
    expect(
      screen.getByRole('link', { name: /Licence Ouverte \/ Open Licence 2\.0/ }),
    ).toHaveAttribute('href', 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/');
  });

  it('speaks English when English is chosen', async () => {
    stubApi({ '/api/v1/open-data': catalogue });
    renderApp('/open-data', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Open data' })).toBeVisible();
    expect(await screen.findByRole('link', { name: 'ZIP archive of CSV files' })).toBeVisible();
  });
});

describe('Feed links', () => {
  it('offers the Atom feed on the notes list, visibly and as an alternate link', async () => {
    stubApi({ '/api/v1/notes': page([]) });
    renderApp('/notes');
    const link = await screen.findByRole('link', { name: 'Flux Atom des notes' });
    expect(link).toHaveAttribute('href', `${TEST_API_URL}/api/v1/feeds/notes.atom`);
    const alternate = document.querySelector('link[rel="alternate"][type="application/atom+xml"]');
    expect(alternate).toHaveAttribute('href', `${TEST_API_URL}/api/v1/feeds/notes.atom`);
  });
});
