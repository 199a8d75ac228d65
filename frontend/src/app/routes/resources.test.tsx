import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const guide: Schemas['SharedResource'] = {
  slug: 'guide-numerique-responsable',
  title: 'Guide du numérique responsable',
  kind: 'GUIDE',
  description: 'Pour les collectivités.',
  url: 'https://example.org/guide',
  licence: 'CC BY-SA 4.0',
  availability: 'AVAILABLE',
  publisher: { slug: 'latitudes', name: 'Latitudes' },
  territory: { slug: 'hauts-de-france', name: 'Hauts-de-France' },
  coalitions: [{ slug: 'formations', number: 3, title: 'Formations numériques' }],
  sample: true,
};

const toolkit: Schemas['SharedResource'] = {
  slug: 'boite-a-outils',
  title: 'Boîte à outils des tiers-lieux',
  kind: 'TOOLKIT',
  availability: 'PLANNED',
  publisher: { slug: 'mel', name: 'Métropole Européenne de Lille' },
};

function pageOf<T>(items: T[], page = 0, totalPages = 1) {
  return { items, page, size: 20, totalItems: items.length, totalPages };
}

/** The list endpoint, keeping each query string it was asked with. */
function listResources(items: Schemas['SharedResource'][], totalPages = 1) {
  const asked: URLSearchParams[] = [];
  const handler = http.get('/api/v1/resources', ({ request, response }) => {
    const query = new URL(request.url).searchParams;
    asked.push(query);
    return response(200).json(pageOf(items, Number(query.get('page') ?? 0), totalPages));
  });
  return { asked, handler };
}

const search = http.get('/api/v1/search', ({ request, response }) => {
  const type = new URL(request.url).searchParams.get('type');
  return response(200).json({
    items:
      type === 'coalition'
        ? [{ type: 'coalition', slug: 'formations', title: 'Formations numériques' }]
        : [{ type: 'territory', slug: 'nord', title: 'Nord' }],
    page: 0,
    size: 10,
    totalItems: 1,
    totalPages: 1,
  });
});

const territories = http.get('/api/v1/territories/{slug}', ({ params, response }) =>
  response(200).json({
    slug: params.slug,
    name: params.slug === 'nord' ? 'Nord' : 'Hauts-de-France',
  }),
);

function me(actors: Schemas['ActorSummary'][], roles: string[]) {
  return http.get('/api/v1/me', ({ response }) =>
    response(200).json({ subject: 's', name: 'Camille', roles, actors, territories: [] }),
  );
}

describe('resources catalogue', () => {
  it('filters by licence and by thematic axis, both kept in the address', async () => {
    const list = listResources([guide]);
    api.use(
      list.handler,
      http.get('/api/v1/axes', ({ response }) =>
        response(200).json([
          { slug: 'environnement', name: 'Dimension environnementale' },
          { slug: 'democratie', name: 'Démocratie, éthique et libertés' },
        ]),
      ),
    );
    const { user, router } = renderApp('/resources?licence=CC%20BY-SA%204.0&axis=environnement');
    await screen.findByRole('heading', { name: 'Guide du numérique responsable' });
    expect(list.asked[0]?.get('licence')).toBe('CC BY-SA 4.0');
    expect(list.asked[0]?.get('axis')).toBe('environnement');

    const filters = screen.getByRole('search', { name: 'Filtrer les ressources' });
    expect(within(filters).getByLabelText('Licence')).toHaveValue('CC BY-SA 4.0');
    const axis = within(filters).getByLabelText('Axe thématique');
    await waitFor(() => {
      expect(axis).toHaveValue('environnement');
    });
    await user.selectOptions(within(filters).getByLabelText('Licence'), 'Licence Ouverte 2.0');
    await user.selectOptions(axis, 'democratie');
    await user.click(within(filters).getByRole('button', { name: 'Filtrer' }));
    await waitFor(() => {
      expect(list.asked.at(-1)?.get('axis')).toBe('democratie');
    });
    expect(list.asked.at(-1)?.get('licence')).toBe('Licence Ouverte 2.0');
    const address = new URLSearchParams(router.state.location.search);
    expect(address.get('licence')).toBe('Licence Ouverte 2.0');
    expect(address.get('axis')).toBe('democratie');
  });

  it('sends the filters of the address as query parameters and keeps the chosen ones there', async () => {
    const list = listResources([guide], 3);
    api.use(list.handler, search, territories);
    const { user, router } = renderApp(
      '/resources?kind=GUIDE&territory=hauts-de-france&q=guide&page=2',
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ressources partagées' }),
    ).toBeVisible();
    await screen.findByRole('heading', { name: 'Guide du numérique responsable' });
    const first = list.asked[0];
    expect(first?.get('kind')).toBe('GUIDE');
    expect(first?.get('territory')).toBe('hauts-de-france');
    expect(first?.get('q')).toBe('guide');
    expect(first?.get('page')).toBe('1');
    expect(first?.has('availability')).toBe(false);

    // The form shows the address's filters, the territory by its name.
    const filters = screen.getByRole('search', { name: 'Filtrer les ressources' });
    expect(within(filters).getByLabelText('Type de ressource')).toHaveValue('GUIDE');
    expect(within(filters).getByLabelText('Titre contenant')).toHaveValue('guide');
    expect(
      await within(filters).findByRole('list', { name: 'Territoire — Choix' }),
    ).toHaveTextContent('Hauts-de-France');

    await user.selectOptions(within(filters).getByLabelText('Disponibilité'), 'AVAILABLE');
    await user.type(within(filters).getByLabelText('Rechercher (Coalition)'), 'Form');
    await user.click(await screen.findByRole('button', { name: 'Choisir Formations numériques' }));
    await user.click(within(filters).getByRole('button', { name: 'Retirer Hauts-de-France' }));
    await user.click(within(filters).getByRole('button', { name: 'Filtrer' }));

    await waitFor(() => {
      const address = new URLSearchParams(router.state.location.search);
      address.delete('lang');
      expect(Object.fromEntries(address)).toEqual({
        q: 'guide',
        kind: 'GUIDE',
        availability: 'AVAILABLE',
        coalition: 'formations',
      });
    });
    await waitFor(() => {
      expect(list.asked.at(-1)?.get('coalition')).toBe('formations');
    });
    const last = list.asked.at(-1);
    expect(last?.get('availability')).toBe('AVAILABLE');
    expect(last?.get('kind')).toBe('GUIDE');
    expect(last?.has('territory')).toBe(false);
    // Back to the first page with new filters.
    expect(last?.get('page')).toBe('0');
  });

  it('shows each resource with its kind, availability, licence, publisher, territory and coalitions', async () => {
    const list = listResources([guide, toolkit]);
    api.use(list.handler);
    renderApp('/resources');
    const card = (await screen.findByRole('heading', { name: guide.title ?? '' })).closest(
      'article',
    );
    if (!card) throw new Error('no card');
    expect(within(card).getByRole('link', { name: guide.title ?? '' })).toHaveAttribute(
      'href',
      'https://example.org/guide',
    );
    expect(card).toHaveTextContent('Guide');
    expect(card).toHaveTextContent('Disponibilité : Disponible');
    expect(card).toHaveTextContent('Licence : CC BY-SA 4.0');
    expect(card).toHaveTextContent(/exemple/i);
    expect(within(card).getByRole('link', { name: 'Latitudes' })).toHaveAttribute(
      'href',
      '/actors/latitudes',
    );
    expect(within(card).getByRole('link', { name: 'Hauts-de-France' })).toHaveAttribute(
      'href',
      '/territories/hauts-de-france',
    );
    expect(within(card).getByRole('link', { name: '#3 Formations numériques' })).toHaveAttribute(
      'href',
      '/coalitions/formations',
    );
    // A resource without an address has a plain title.
    expect(screen.getByRole('heading', { name: toolkit.title ?? '' })).not.toContainElement(
      screen.queryByRole('link', { name: toolkit.title ?? '' }),
    );
    // The main navigation leads here.
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Ressources' })).toHaveAttribute(
      'href',
      '/resources',
    );
    // Anonymous readers get neither the share link nor the edit links.
    expect(screen.queryByRole('link', { name: 'Partager une ressource' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Modifier/ })).not.toBeInTheDocument();
  });

  it('offers sharing and editing to editors, coming back to the catalogue as it was', async () => {
    const list = listResources([guide, toolkit]);
    api.use(list.handler, me([], ['editor']));
    renderApp('/resources?kind=GUIDE', { auth: fakeAuth(['editor']) });
    const fromOf = (link: HTMLElement) =>
      new URL(link.getAttribute('href') ?? '', 'http://app.test').searchParams.get('from');
    const share = await screen.findByRole('link', { name: 'Partager une ressource' });
    expect(share.getAttribute('href')).toMatch(/^\/resources\/new\?from=/);
    expect(fromOf(share)).toMatch(/^\/resources\?kind=GUIDE/);
    const edit = await screen.findByRole('link', {
      name: 'Modifier « Guide du numérique responsable »',
    });
    expect(edit.getAttribute('href')).toMatch(
      /^\/resources\/guide-numerique-responsable\/edit\?from=/,
    );
    expect(fromOf(edit)).toMatch(/^\/resources\?kind=GUIDE/);
    expect(screen.getAllByRole('link', { name: /^Modifier/ })).toHaveLength(2);
  });

  it('lets an account linked to the publisher edit its resources only; coordinators nothing', async () => {
    const list = listResources([guide, toolkit]);
    api.use(list.handler, me([{ slug: 'latitudes', name: 'Latitudes' }], ['member']));
    const { router } = renderApp('/resources', { auth: fakeAuth(['member']) });
    expect(
      await screen.findByRole('link', { name: 'Modifier « Guide du numérique responsable »' }),
    ).toBeVisible();
    expect(screen.getAllByRole('link', { name: /^Modifier/ })).toHaveLength(1);
    expect(screen.queryByRole('link', { name: 'Partager une ressource' })).not.toBeInTheDocument();
    router.dispose();

    api.use(me([], ['coordinator']));
    renderApp('/resources', { auth: fakeAuth(['coordinator'], 'Noa') });
    await screen.findByRole('heading', { name: guide.title ?? '' });
    expect(screen.queryByRole('link', { name: 'Partager une ressource' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Modifier/ })).not.toBeInTheDocument();
  });
});

describe('coalition page: resources and initiatives', () => {
  const slug = 'formations';
  const coalition: Schemas['Coalition'] = { number: 3, slug, title: 'Formations numériques' };
  const initiative: Schemas['LocalInitiative'] = {
    slug: 'repair-cafe-lille',
    title: 'Repair café numérique',
    territory: { slug: 'lille', name: 'Lille' },
    actor: { slug: 'latitudes', name: 'Latitudes' },
    coalition: { slug, number: 3, title: coalition.title },
  };

  it('lists the resources and initiatives of the coalition, with add links for those who may', async () => {
    const list = listResources([guide]);
    let initiativesAsked: URLSearchParams | undefined;
    api.use(
      list.handler,
      me([], ['editor']),
      http.get('/api/v1/coalitions/{slug}', ({ response }) => response(200).json(coalition)),
      http.get('/api/v1/initiatives', ({ request, response }) => {
        initiativesAsked = new URL(request.url).searchParams;
        return response(200).json(pageOf([initiative]));
      }),
    );
    renderApp(`/coalitions/${slug}`, { auth: fakeAuth(['editor']) });
    const section = await screen.findByRole('region', { name: 'Ressources et initiatives' });
    const resources = within(section).getByRole('region', { name: 'Ressources partagées' });
    expect(
      await within(resources).findByRole('heading', { level: 4, name: guide.title ?? '' }),
    ).toBeVisible();
    expect(list.asked[0]?.get('coalition')).toBe(slug);
    const from = encodeURIComponent(`/coalitions/${slug}`);
    expect(within(resources).getByRole('link', { name: 'Partager une ressource' })).toHaveAttribute(
      'href',
      `/resources/new?coalition=${slug}&from=${from}`,
    );

    const initiatives = within(section).getByRole('region', { name: 'Initiatives locales' });
    expect(await within(initiatives).findByRole('link', { name: 'Lille' })).toHaveAttribute(
      'href',
      '/territories/lille',
    );
    expect(initiativesAsked?.get('coalition')).toBe(slug);
    expect(within(initiatives).getByText('Repair café numérique')).toBeVisible();
    expect(
      within(initiatives).getByRole('link', { name: 'Ajouter une initiative locale' }),
    ).toHaveAttribute('href', `/initiatives/new?coalition=${slug}&from=${from}`);
    expect(
      within(initiatives).getByRole('link', { name: 'Modifier « Repair café numérique »' }),
    ).toHaveAttribute('href', `/initiatives/repair-cafe-lille/edit?from=${from}`);
  });

  it('shows no add link to anonymous readers', async () => {
    api.use(
      listResources([]).handler,
      http.get('/api/v1/coalitions/{slug}', ({ response }) => response(200).json(coalition)),
      http.get('/api/v1/initiatives', ({ response }) => response(200).json(pageOf([]))),
    );
    renderApp(`/coalitions/${slug}`);
    expect(
      await screen.findByText('Aucune ressource partagée pour cette coalition.'),
    ).toBeVisible();
    expect(await screen.findByText('Aucune initiative locale pour cette coalition.')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Partager une ressource' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Ajouter une initiative locale' }),
    ).not.toBeInTheDocument();
  });
});
