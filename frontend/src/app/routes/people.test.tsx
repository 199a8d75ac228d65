import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const people: Schemas['Person'][] = [
  {
    slug: 'augustin-courtier',
    fullName: 'Augustin Courtier',
    roleTitle: 'Cofondateur',
    actor: { slug: 'latitudes', name: 'Latitudes', kind: 'ASSOCIATION' },
    sample: false,
  },
  { slug: 'magali-roger', fullName: 'Magali Roger', sample: true },
];

/** The people the API lists, and the query strings it was asked with. */
function listing(asked: URLSearchParams[], totalPages = 1) {
  return http.get('/api/v1/people', ({ request, response }) => {
    const query = new URL(request.url).searchParams;
    asked.push(query);
    const page = Number(query.get('page') ?? '0');
    return response(200).json({ items: people, page, size: 30, totalItems: 2, totalPages });
  });
}

const search = http.get('/api/v1/search', ({ response }) =>
  response(200).json({
    items: [{ type: 'actor', slug: 'latitudes', title: 'Latitudes' }],
    page: 0,
    size: 10,
    totalItems: 1,
    totalPages: 1,
  }),
);

describe('people directory', () => {
  it('lists people with their role and actor, each name a link to their page', async () => {
    const asked: URLSearchParams[] = [];
    api.use(listing(asked));
    renderApp('/people', { language: 'en' });
    expect(await screen.findByRole('heading', { name: 'People', level: 1 })).toBeInTheDocument();
    const title = await screen.findByRole('heading', { name: 'Augustin Courtier' });
    const card = title.closest('article');
    if (!card) throw new Error('no card');
    expect(within(card).getByRole('link', { name: 'Augustin Courtier' })).toHaveAttribute(
      'href',
      '/people/augustin-courtier',
    );
    expect(within(card).getByText('Cofondateur')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Latitudes' })).toHaveAttribute(
      'href',
      '/actors/latitudes',
    );
    expect(screen.getByRole('link', { name: 'Magali Roger' })).toHaveAttribute(
      'href',
      '/people/magali-roger',
    );
    expect(asked[0]?.get('page')).toBe('0');
    expect(asked[0]?.get('sort')).toBe('fullName');
    // Anonymous readers may not add people.
    expect(screen.queryByRole('link', { name: 'Add a person' })).not.toBeInTheDocument();
  });

  it('puts the name and the actor chosen by search in the address and in the API’s query', async () => {
    const asked: URLSearchParams[] = [];
    api.use(listing(asked), search);
    const { user, router } = renderApp('/people', { auth: fakeAuth(['editor']), language: 'en' });
    const filters = await screen.findByRole('search', { name: 'Filter people' });
    await user.type(within(filters).getByLabelText('Name'), 'court');
    await user.type(within(filters).getByLabelText('Search (Acts for the actor)'), 'Lati');
    await user.click(await within(filters).findByRole('button', { name: 'Choose Latitudes' }));
    await user.click(within(filters).getByRole('button', { name: 'Filter' }));

    await waitFor(() => {
      expect(new URLSearchParams(router.state.location.search).get('actor')).toBe('latitudes');
    });
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('court');
    await waitFor(() => {
      expect(asked.at(-1)?.get('q')).toBe('court');
    });
    expect(asked.at(-1)?.get('actor')).toBe('latitudes');
    // The add link starts from the actor filtered on.
    expect(screen.getByRole('link', { name: 'Add a person' })).toHaveAttribute(
      'href',
      '/people/new?actor=latitudes',
    );
  });

  it('reads the filters and the page from the address, the actor named', async () => {
    const asked: URLSearchParams[] = [];
    api.use(
      listing(asked, 3),
      http.get('/api/v1/actors/{slug}', ({ response }) =>
        response(200).json({
          slug: 'latitudes',
          name: 'Latitudes',
          expertise: [],
          people: [],
          subUnits: [],
        }),
      ),
    );
    renderApp('/people?q=court&actor=latitudes&page=2', { language: 'en' });
    // The form starts again once the actor's name is read.
    await waitFor(() => {
      expect(screen.getByRole('group', { name: 'Acts for the actor' })).toHaveTextContent(
        'Latitudes',
      );
    });
    const filters = screen.getByRole('search', { name: 'Filter people' });
    expect(within(filters).getByLabelText('Name')).toHaveValue('court');
    expect(asked[0]?.get('q')).toBe('court');
    expect(asked[0]?.get('actor')).toBe('latitudes');
    expect(asked[0]?.get('page')).toBe('1');
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    expect(within(filters).getByRole('link', { name: 'Show all' })).toHaveAttribute(
      'href',
      '/people',
    );
  });
});
