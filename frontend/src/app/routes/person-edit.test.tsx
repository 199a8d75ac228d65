import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
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
  bio: 'Engagé pour un numérique d’intérêt général.',
  actor: latitudes,
  sample: false,
};

/** The actor search of the picker: Latitudes. */
const search = http.get('/api/v1/search', ({ request, response }) => {
  const url = new URL(request.url);
  return response(200).json({
    items:
      url.searchParams.get('type') === 'actor'
        ? [{ type: 'actor', slug: 'latitudes', title: 'Latitudes' }]
        : [],
    page: 0,
    size: 10,
    totalItems: 1,
    totalPages: 1,
  });
});

/** The person's page after saving. */
const personPage = [
  http.get('/api/v1/people/{slug}', ({ params, response }) =>
    response(200).json({ ...augustin, slug: params.slug }),
  ),
  http.get('/api/v1/testimonies', ({ response }) =>
    response(200).json({ items: [], page: 0, size: 50, totalItems: 0, totalPages: 0 }),
  ),
];

function me(roles: string[], actors: Schemas['ActorSummary'][] = []) {
  return http.get('/api/v1/me', ({ response }) =>
    response(200).json({ subject: 's', name: 'Alex Durand', roles, actors }),
  );
}

const withETag = http.get('/api/v1/people/{slug}', ({ response }) =>
  response(200).json(augustin, { headers: { ETag: '"5.abc"' } }),
);

async function openNew(roles = ['editor'], url = '/people/new') {
  const rendered = renderApp(url, { auth: fakeAuth(roles), language: 'en' });
  await screen.findByRole('heading', { name: 'Add a person', level: 1 });
  return rendered;
}

describe('person screens', () => {
  it('adds a person: POST /api/v1/people with the exact body, the actor picked by search, then their page', async () => {
    let sent: unknown;
    api.use(
      search,
      ...personPage,
      http.post('/api/v1/people', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json({ ...augustin, slug: 'magali-roger' });
      }),
    );
    const { user, router } = await openNew();
    await user.type(screen.getByLabelText(/^Full name/), 'Magali Roger');
    await user.type(screen.getByLabelText(/^Role/), 'Chargée de mission');
    await user.type(screen.getByLabelText('Search (Acts for the actor (optional))'), 'Lati');
    await user.click(await screen.findByRole('button', { name: 'Choose Latitudes' }));
    await user.type(screen.getByLabelText(/^About/), 'Médiation numérique.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/people/magali-roger');
    });
    expect(sent).toEqual({
      fullName: 'Magali Roger',
      roleTitle: 'Chargée de mission',
      actor: 'latitudes',
      bio: 'Médiation numérique.',
      sample: false,
    });
    expect(api.unmatched.filter((request) => !request.startsWith('GET'))).toEqual([]);
  });

  it('starts from the actor of the address (?actor=) and keeps it', async () => {
    let sent: unknown;
    api.use(
      ...personPage,
      http.get('/api/v1/actors/{slug}', ({ response }) =>
        response(200).json({ ...latitudes, expertise: [], people: [], subUnits: [] }),
      ),
      http.post('/api/v1/people', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json(augustin);
      }),
    );
    const { user, router } = await openNew(['coordinator'], '/people/new?actor=latitudes');
    expect(screen.getByRole('group', { name: /^Acts for the actor/ })).toHaveTextContent(
      'Latitudes',
    );
    await user.type(screen.getByLabelText(/^Full name/), 'Augustin Courtier');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/people/augustin-courtier');
    });
    expect(sent).toEqual({ fullName: 'Augustin Courtier', actor: 'latitudes', sample: false });
  });

  it('refuses a person without a name before sending anything', async () => {
    let posted = false;
    api.use(
      http.post('/api/v1/people', ({ response }) => {
        posted = true;
        return response(201).json(augustin);
      }),
    );
    const { user } = await openNew();
    await user.type(screen.getByLabelText(/^Role/), 'Cofondateur');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const name = screen.getByLabelText(/^Full name/);
    await waitFor(() => {
      expect(name).toHaveAttribute('aria-invalid', 'true');
    });
    expect(name).toHaveAccessibleDescription('This field is required.');
    expect(name).toHaveFocus();
    expect(posted).toBe(false);
  });

  it('places a 400 problem’s field errors on their fields', async () => {
    api.use(
      http.post('/api/v1/people', () =>
        problemResponse(400, {
          title: 'Invalid request',
          errors: [
            { field: 'fullName', message: 'must not be blank' },
            { field: 'actor', message: 'no actor with this slug' },
          ],
        }),
      ),
    );
    const { user } = await openNew();
    await user.type(screen.getByLabelText(/^Full name/), 'Magali Roger');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server refused some fields; they are marked below.');
    const name = screen.getByLabelText(/^Full name/);
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('must not be blank');
    expect(name).toHaveFocus();
    expect(screen.getByRole('group', { name: /^Acts for the actor/ })).toHaveTextContent(
      'no actor with this slug',
    );
  });

  it('edits with If-Match and goes back to the person’s page', async () => {
    let put: { body: unknown; ifMatch: string | null } | undefined;
    api.use(
      withETag,
      http.put('/api/v1/people/{slug}', async ({ request, response }) => {
        put = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return response(200).json({ ...augustin, roleTitle: 'Président' });
      }),
      http.get('/api/v1/testimonies', ({ response }) =>
        response(200).json({ items: [], page: 0, size: 50, totalItems: 0, totalPages: 0 }),
      ),
    );
    const { user, router } = renderApp('/people/augustin-courtier/edit', {
      auth: fakeAuth(['editor']),
      language: 'en',
    });
    const role = await screen.findByLabelText(/^Role/);
    expect(
      screen.getByRole('heading', { name: 'Edit “Augustin Courtier”', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^Acts for the actor/ })).toHaveTextContent(
      'Latitudes',
    );
    await user.clear(role);
    await user.type(role, 'Président');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/people/augustin-courtier');
    });
    expect(put?.ifMatch).toBe('"5.abc"');
    expect(put?.body).toEqual({
      slug: 'augustin-courtier',
      fullName: 'Augustin Courtier',
      roleTitle: 'Président',
      actor: 'latitudes',
      bio: 'Engagé pour un numérique d’intérêt général.',
      sample: false,
    });
  });

  it('shows the API’s 403 in the problem component', async () => {
    api.use(
      withETag,
      http.put('/api/v1/people/{slug}', () =>
        problemResponse(403, { title: 'Forbidden', detail: 'You do not own this actor.' }),
      ),
    );
    const { user } = renderApp('/people/augustin-courtier/edit', {
      auth: fakeAuth(['coordinator']),
      language: 'en',
    });
    await screen.findByLabelText(/^Role/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your account may not make this change.');
    expect(alert).toHaveTextContent('Forbidden — You do not own this actor.');
  });

  it('deletes after a confirmation and goes to the directory', async () => {
    let deleted: string | undefined;
    api.use(
      withETag,
      http.delete('/api/v1/people/{slug}', ({ params }) => {
        deleted = params.slug;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get('/api/v1/people', ({ response }) =>
        response(200).json({ items: [], page: 0, size: 30, totalItems: 0, totalPages: 0 }),
      ),
    );
    const { user, router } = renderApp('/people/augustin-courtier/edit', {
      auth: fakeAuth(['admin']),
      language: 'en',
    });
    const zone = await screen.findByRole('region', { name: 'Delete the person' });
    await user.click(within(zone).getByRole('button', { name: 'Delete' }));
    expect(zone).toHaveTextContent('Augustin Courtier');
    expect(deleted).toBeUndefined();
    await user.click(within(zone).getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/people');
    });
    expect(deleted).toBe('augustin-courtier');
  });

  it('lets a member who acts for the person’s actor edit them, and refuses another', async () => {
    api.use(withETag, me(['member'], [latitudes]));
    const first = renderApp('/people/augustin-courtier/edit', {
      auth: fakeAuth(['member']),
      language: 'en',
    });
    expect(await screen.findByLabelText(/^Full name/)).toHaveValue('Augustin Courtier');
    first.router.dispose();

    api.use(me(['member'], [{ slug: 'mel', name: 'Métropole Européenne de Lille' }]));
    renderApp('/people/augustin-courtier/edit', {
      auth: fakeAuth(['member'], 'Another member'),
      language: 'en',
    });
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('refuses /people/new to a member: « Accès non autorisé »', async () => {
    let posted = false;
    api.use(
      me(['member'], [latitudes]),
      http.post('/api/v1/people', ({ response }) => {
        posted = true;
        return response(201).json(augustin);
      }),
    );
    renderApp('/people/new', { auth: fakeAuth(['member']) });
    expect(await screen.findByRole('heading', { name: 'Accès non autorisé' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument();
    expect(posted).toBe(false);
  });

  it('asks a signed-out reader to sign in', async () => {
    renderApp('/people/augustin-courtier/edit', { auth: fakeAuth(null), language: 'en' });
    const refusal = await screen.findByRole('region', { name: 'Not allowed' });
    expect(within(refusal).getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Full name/)).not.toBeInTheDocument();
  });
});
