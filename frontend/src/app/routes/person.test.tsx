import { screen, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const latitudes: Schemas['ActorSummary'] = {
  slug: 'latitudes',
  name: 'Latitudes',
  kind: 'ASSOCIATION',
};

const augustin: Schemas['Person'] = {
  slug: 'augustin-courtier',
  fullName: 'Augustin Courtier',
  roleTitle: 'Cofondateur',
  bio: 'Engagé pour un numérique d’intérêt général.\n\nAncien enseignant.',
  actor: latitudes,
  sample: true,
};

const testimony: Schemas['Testimony'] = {
  id: 7,
  person: { slug: 'augustin-courtier', fullName: 'Augustin Courtier' },
  actor: latitudes,
  coalition: { slug: 'formations', number: 3, title: 'Formations numériques éthiques' },
  event: { slug: 'reset-day-4', title: 'Reset Day 4' },
  summary: 'Les formations doivent parler d’éthique.',
  link: 'https://example.org/entretien',
  sample: false,
};

function personApi(onTestimonies?: (person: string | null) => void) {
  return [
    http.get('/api/v1/people/{slug}', ({ response }) => response(200).json(augustin)),
    http.get('/api/v1/testimonies', ({ request, response }) => {
      onTestimonies?.(new URL(request.url).searchParams.get('person'));
      return response(200).json({
        items: [testimony],
        page: 0,
        size: 50,
        totalItems: 1,
        totalPages: 1,
      });
    }),
  ];
}

function me(actors: Schemas['ActorSummary'][]) {
  return http.get('/api/v1/me', ({ response }) =>
    response(200).json({ subject: 's', name: 'Alex Durand', roles: ['member'], actors }),
  );
}

describe('person page', () => {
  it('shows the person, the actor they act for and the testimonies they gave, with their links', async () => {
    let asked: string | null = null;
    api.use(
      ...personApi((person) => {
        asked = person;
      }),
    );
    renderApp('/people/augustin-courtier', { language: 'en' });
    expect(
      await screen.findByRole('heading', { name: 'Augustin Courtier', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Cofondateur')).toBeInTheDocument();
    expect(screen.getByText('sample')).toBeInTheDocument();
    const actsFor = screen.getByText('Acts for').closest('div');
    expect(within(actsFor as HTMLElement).getByRole('link', { name: 'Latitudes' })).toHaveAttribute(
      'href',
      '/actors/latitudes',
    );
    const about = screen.getByRole('region', { name: 'About' });
    expect(within(about).getAllByRole('paragraph')).toHaveLength(2);

    const testimonies = screen.getByRole('region', { name: 'Testimonies' });
    expect(
      await within(testimonies).findByText('Les formations doivent parler d’éthique.'),
    ).toBeInTheDocument();
    expect(asked).toBe('augustin-courtier');
    expect(within(testimonies).getByRole('link', { name: 'Latitudes' })).toHaveAttribute(
      'href',
      '/actors/latitudes',
    );
    expect(
      within(testimonies).getByRole('link', { name: '#3 Formations numériques éthiques' }),
    ).toHaveAttribute('href', '/coalitions/formations');
    expect(within(testimonies).getByRole('link', { name: 'Reset Day 4' })).toHaveAttribute(
      'href',
      '/events/reset-day-4',
    );
    expect(within(testimonies).getByRole('link', { name: 'See the interview' })).toHaveAttribute(
      'href',
      'https://example.org/entretien',
    );
    // Anonymous readers: no edit link, no history.
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'History' })).not.toBeInTheDocument();
  });

  it('says when the person gave no testimony', async () => {
    api.use(
      http.get('/api/v1/people/{slug}', ({ response }) =>
        response(200).json({ ...augustin, actor: undefined }),
      ),
      http.get('/api/v1/testimonies', ({ response }) =>
        response(200).json({ items: [], page: 0, size: 50, totalItems: 0, totalPages: 0 }),
      ),
    );
    renderApp('/people/augustin-courtier', { language: 'en' });
    expect(await screen.findByText('No testimony recorded yet.')).toBeInTheDocument();
    expect(screen.getByText('No actor given')).toBeInTheDocument();
  });

  it('offers the edit link and the history to a coordinator and to an account of the actor', async () => {
    api.use(...personApi());
    const coordinator = renderApp('/people/augustin-courtier', {
      auth: fakeAuth(['coordinator']),
      language: 'en',
    });
    expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      '/people/augustin-courtier/edit',
    );
    expect(screen.getByRole('heading', { name: 'History' })).toBeInTheDocument();
    coordinator.router.dispose();

    api.use(me([latitudes]));
    const owner = renderApp('/people/augustin-courtier', {
      auth: fakeAuth(['member'], 'Owner'),
      language: 'en',
    });
    expect(await screen.findByRole('link', { name: 'Edit' })).toBeInTheDocument();
    owner.router.dispose();

    api.use(me([]));
    renderApp('/people/augustin-courtier', { auth: fakeAuth(['member'], 'Other'), language: 'en' });
    await screen.findByRole('heading', { name: 'Augustin Courtier', level: 1 });
    await screen.findByText('Les formations doivent parler d’éthique.');
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });
});

describe('adding a testimony from a person’s page', () => {
  it('is offered to administrators, editors and coordinators, with the person and their actor', async () => {
    api.use(...personApi());
    for (const role of ['admin', 'editor', 'coordinator']) {
      const rendered = renderApp('/people/augustin-courtier', {
        auth: fakeAuth([role]),
        language: 'en',
      });
      const testimonies = await screen.findByRole('region', { name: 'Testimonies' });
      expect(within(testimonies).getByRole('link', { name: 'Add a testimony' })).toHaveAttribute(
        'href',
        '/testimonies/new?person=augustin-courtier&actor=latitudes',
      );
      rendered.router.dispose();
    }
  });

  it('is not offered to other members, even of the person’s actor', async () => {
    api.use(...personApi(), me([latitudes]));
    renderApp('/people/augustin-courtier', { auth: fakeAuth(['member']), language: 'en' });
    const testimonies = await screen.findByRole('region', { name: 'Testimonies' });
    await within(testimonies).findByText('Les formations doivent parler d’éthique.');
    expect(screen.queryByRole('link', { name: 'Add a testimony' })).not.toBeInTheDocument();
  });
});

describe('actor page', () => {
  const actor: Schemas['Actor'] = {
    ...latitudes,
    expertise: [],
    subUnits: [],
    people: [
      { slug: 'augustin-courtier', fullName: 'Augustin Courtier', roleTitle: 'Cofondateur' },
    ],
    sample: false,
  };
  const actorApi = [
    http.get('/api/v1/actors/{slug}', ({ response }) => response(200).json(actor)),
    http.get('/api/v1/actors/{actorSlug}/memberships', ({ response }) =>
      response(200).json({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 }),
    ),
    http.get('/api/v1/testimonies', ({ response }) =>
      response(200).json({ items: [], page: 0, size: 50, totalItems: 0, totalPages: 0 }),
    ),
  ];

  it('links its people to their pages, and offers to add one to those who may', async () => {
    api.use(...actorApi);
    const editor = renderApp('/actors/latitudes', { auth: fakeAuth(['editor']), language: 'en' });
    expect(await screen.findByRole('link', { name: 'Augustin Courtier' })).toHaveAttribute(
      'href',
      '/people/augustin-courtier',
    );
    expect(screen.getByText(/\(Cofondateur\)/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a person' })).toHaveAttribute(
      'href',
      '/people/new?actor=latitudes',
    );
    editor.router.dispose();

    renderApp('/actors/latitudes', { auth: fakeAuth(['member']), language: 'en' });
    expect(await screen.findByRole('link', { name: 'Augustin Courtier' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add a person' })).not.toBeInTheDocument();
  });

  it('links the person of each testimony to their page', async () => {
    // The first handler that matches answers: this list before the page's empty one.
    api.use(
      http.get('/api/v1/testimonies', ({ response }) =>
        response(200).json({ items: [testimony], page: 0, size: 50, totalItems: 1, totalPages: 1 }),
      ),
      ...actorApi,
    );
    renderApp('/actors/latitudes', { language: 'en' });
    const testimonies = await screen.findByRole('region', { name: 'Testimonies' });
    const said = await within(testimonies).findByText('Les formations doivent parler d’éthique.');
    const quote = said.closest('figure');
    if (!quote) throw new Error('no quote');
    expect(within(quote).getByRole('link', { name: 'Augustin Courtier' })).toHaveAttribute(
      'href',
      '/people/augustin-courtier',
    );
  });
});
