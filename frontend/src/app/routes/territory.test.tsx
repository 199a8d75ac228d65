import { screen, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

function page<T>(items: T[]) {
  return { items, page: 0, size: 100, totalItems: items.length, totalPages: items.length ? 1 : 0 };
}

const mel: Schemas['Territory'] = {
  slug: 'mel',
  name: 'Métropole Européenne de Lille',
  kind: 'METROPOLIS',
  sample: false,
};

const guide: Schemas['SharedResource'] = {
  slug: 'guide-mediation',
  title: 'Guide de la médiation',
  url: 'https://example.org/guide',
  kind: 'GUIDE',
  publisher: { slug: 'latitudes', name: 'Latitudes' },
  territory: { slug: 'mel', name: 'Métropole Européenne de Lille' },
};

const repair: Schemas['LocalInitiative'] = {
  slug: 'repair-cafe',
  title: 'Repair café de Roubaix',
  actor: { slug: 'atelier', name: 'Atelier paysan' },
  territory: { slug: 'mel', name: 'Métropole Européenne de Lille' },
};

/** The territory's page; `me` the account the API knows for a signed-in reader. */
function territoryApi(me?: Schemas['Account']) {
  const empty = page([]);
  api.use(
    http.get('/api/v1/territories/{slug}', ({ response }) => response(200).json(mel)),
    http.get('/api/v1/territories/{territorySlug}/coalitions', ({ response }) =>
      response(200).json(empty),
    ),
    http.get('/api/v1/territories/{slug}/resources', ({ response }) =>
      response(200).json(page([guide])),
    ),
    http.get('/api/v1/territories/{slug}/initiatives', ({ response }) =>
      response(200).json(page([repair])),
    ),
    http.get('/api/v1/territories/{territorySlug}/plans', ({ response }) => response(200).json([])),
    http.get('/api/v1/events', ({ response }) => response(200).json(empty)),
    http.get('/api/v1/me', ({ response }) =>
      response(200).json(me ?? { subject: 's', name: 'Sam', roles: ['member'] }),
    ),
  );
}

async function sections() {
  const resources = await screen.findByRole('region', {
    name: 'Boîte à outils : ressources partagées',
  });
  await within(resources).findByRole('heading', { name: 'Guide de la médiation' });
  const initiatives = screen.getByRole('region', { name: 'Initiatives locales' });
  await within(initiatives).findByRole('heading', { name: 'Repair café de Roubaix' });
  return { resources, initiatives };
}

describe('territory page: shared resources and local initiatives', () => {
  it('shows them to everyone, with the territory’s resources in the catalogue, and nothing to change', async () => {
    territoryApi();
    renderApp('/territories/mel');
    const { resources, initiatives } = await sections();
    expect(within(resources).getByRole('link', { name: 'Guide de la médiation' })).toHaveAttribute(
      'href',
      'https://example.org/guide',
    );
    expect(
      within(resources).getByRole('link', { name: 'Toutes les ressources de ce territoire (1)' }),
    ).toHaveAttribute('href', '/resources?territory=mel');
    expect(within(initiatives).getByRole('link', { name: 'Atelier paysan' })).toHaveAttribute(
      'href',
      '/actors/atelier',
    );
    expect(screen.queryByRole('link', { name: 'Partager une ressource' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Ajouter une initiative locale' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Modifier « / })).not.toBeInTheDocument();
  });

  it('offers an editor to share a resource and add an initiative here, and to edit them, coming back to the page', async () => {
    territoryApi({ subject: 's', name: 'Eden', roles: ['editor'] });
    renderApp('/territories/mel', { auth: fakeAuth(['editor']) });
    const { resources, initiatives } = await sections();
    const back = `territory=mel&from=${encodeURIComponent('/territories/mel')}`;
    expect(
      await within(resources).findByRole('link', { name: 'Partager une ressource' }),
    ).toHaveAttribute('href', `/resources/new?${back}`);
    expect(
      within(initiatives).getByRole('link', { name: 'Ajouter une initiative locale' }),
    ).toHaveAttribute('href', `/initiatives/new?${back}`);
    const from = `from=${encodeURIComponent('/territories/mel')}`;
    expect(
      within(resources).getByRole('link', { name: 'Modifier « Guide de la médiation »' }),
    ).toHaveAttribute('href', `/resources/guide-mediation/edit?${from}`);
    expect(
      within(initiatives).getByRole('link', { name: 'Modifier « Repair café de Roubaix »' }),
    ).toHaveAttribute('href', `/initiatives/repair-cafe/edit?${from}`);
  });

  it('lets an account of the publisher edit its resource, but not share new ones', async () => {
    territoryApi({
      subject: 's',
      name: 'Lou',
      roles: ['member'],
      actors: [{ slug: 'latitudes', name: 'Latitudes' }],
    });
    renderApp('/territories/mel', { auth: fakeAuth(['member'], 'Lou') });
    const { resources, initiatives } = await sections();
    expect(
      await within(resources).findByRole('link', { name: 'Modifier « Guide de la médiation »' }),
    ).toBeInTheDocument();
    expect(within(initiatives).queryByRole('link', { name: /^Modifier/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Partager une ressource' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Ajouter une initiative locale' }),
    ).not.toBeInTheDocument();
  });

  it('leads to the people from the main navigation, next to the actors', async () => {
    territoryApi();
    renderApp('/territories/mel');
    await sections();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    const names = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names.indexOf('Personnes')).toBe(names.indexOf('Acteurs') + 1);
    expect(within(nav).getByRole('link', { name: 'Personnes' })).toHaveAttribute('href', '/people');
  });
});
