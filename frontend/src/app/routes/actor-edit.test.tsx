import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const mel: Schemas['Actor'] = {
  slug: 'mel',
  name: 'Métropole Européenne de Lille',
  kind: 'LOCAL_AUTHORITY',
  expertise: ['innovation sociale'],
  subUnits: [{ slug: 'mel-relation-usagers', name: 'MEL — Direction de la relation aux usagers' }],
  people: [],
  sample: false,
};

const directorate: Schemas['Actor'] = {
  slug: 'mel-systemes-information',
  name: 'MEL — Direction des systèmes d’information',
  kind: 'LOCAL_AUTHORITY',
  description: 'Une direction.',
  parent: { slug: 'mel', name: mel.name, kind: 'LOCAL_AUTHORITY' },
  territory: { slug: 'metropole-europeenne-de-lille', name: 'Métropole Européenne de Lille' },
  expertise: ['réseaux'],
  subUnits: [],
  people: [],
  sample: false,
};

/** The search the pickers ask: MEL for "Mét", the metropolis for territories. */
const search = http.get('/api/v1/search', ({ request, response }) => {
  const type = new URL(request.url).searchParams.get('type');
  return response(200).json({
    items:
      type === 'actor'
        ? [{ type: 'actor', slug: 'mel', title: mel.name }]
        : [{ type: 'territory', slug: 'lille', title: 'Lille' }],
    page: 0,
    size: 10,
    totalItems: 1,
    totalPages: 1,
  });
});

async function openNew(roles = ['coordinator']) {
  const rendered = renderApp('/actors/new', { auth: fakeAuth(roles), language: 'en' });
  await screen.findByRole('heading', { name: 'Create an actor', level: 1 });
  return rendered;
}

describe('actor screens', () => {
  it('creates an actor: POST /api/v1/actors with the body the contract takes, parent picked by search', async () => {
    let sent: unknown;
    api.use(
      search,
      http.post('/api/v1/actors', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json({ ...directorate, slug: 'dsi' });
      }),
      http.get('/api/v1/actors/{slug}', ({ params, response }) =>
        response(200).json({ ...directorate, slug: params.slug }),
      ),
    );
    const { user, router } = await openNew();
    await user.type(screen.getByLabelText(/^Name/), 'Direction des systèmes d’information');
    await user.selectOptions(screen.getByLabelText(/^Kind of actor/), 'LOCAL_AUTHORITY');
    await user.type(screen.getByLabelText(/^Website/), 'https://www.lillemetropole.fr');
    await user.type(screen.getByLabelText('Search (Part of (parent actor))'), 'Mét');
    await user.click(await screen.findByRole('button', { name: `Choose ${mel.name ?? ''}` }));
    await user.type(screen.getByLabelText(/^Expertise/), 'réseaux{Enter}données');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/actors/dsi');
    });
    expect(sent).toEqual({
      name: 'Direction des systèmes d’information',
      kind: 'LOCAL_AUTHORITY',
      website: 'https://www.lillemetropole.fr',
      parent: 'mel',
      expertise: ['réseaux', 'données'],
      sample: false,
    });
    expect(api.unmatched.filter((request) => !request.startsWith('GET'))).toEqual([]);
  });

  it('checks the contract’s rules before sending anything', async () => {
    let posted = false;
    api.use(
      http.post('/api/v1/actors', ({ response }) => {
        posted = true;
        return response(201).json(directorate);
      }),
    );
    const { user } = await openNew();
    await user.type(screen.getByLabelText(/^Website/), 'not a url');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const name = screen.getByLabelText(/^Name/);
    await waitFor(() => {
      expect(name).toHaveAttribute('aria-invalid', 'true');
    });
    expect(name).toHaveAccessibleDescription('This field is required.');
    expect(screen.getByLabelText(/^Website/)).toHaveAccessibleDescription(
      'An address starting with http:// or https://.',
    );
    expect(name).toHaveFocus();
    expect(posted).toBe(false);
  });

  it('places a 400 problem’s field errors on their fields and lists them', async () => {
    api.use(
      http.post('/api/v1/actors', () =>
        problemResponse(400, {
          title: 'Invalid request',
          errors: [
            { field: 'parent', message: 'no actor with this slug' },
            { field: 'expertise[1]', message: 'must not be blank' },
          ],
        }),
      ),
    );
    const { user } = await openNew();
    await user.type(screen.getByLabelText(/^Name/), 'Latitudes');
    await user.type(screen.getByLabelText(/^Expertise/), 'a{Enter}b');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server refused some fields; they are marked below.');
    expect(alert).toHaveTextContent('Invalid request');
    expect(within(alert).getByText('parent')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Expertise/)).toHaveAccessibleDescription(
      'One expertise a line. must not be blank',
    );
    expect(screen.getByRole('group', { name: 'Part of (parent actor)' })).toHaveTextContent(
      'no actor with this slug',
    );
  });

  it.each([
    [403, {}, 'Your account may not make this change.'],
    [409, {}, 'Conflict with the current state.'],
    [429, { 'Retry-After': '30' }, 'Try again in 30 seconds.'],
  ])('shows a %i problem with the server’s words', async (status, headers, text) => {
    api.use(
      http.post('/api/v1/actors', () =>
        problemResponse(status, { title: 'Refused', detail: `Detail ${status}` }, headers),
      ),
    );
    const { user } = await openNew();
    await user.type(screen.getByLabelText(/^Name/), 'Latitudes');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(alert).toHaveTextContent(`Refused — Detail ${status}`);
  });

  it('edits with If-Match, keeps the parent, and deletes after a confirmation', async () => {
    let put: { body: unknown; ifMatch: string | null } | undefined;
    let deleted = false;
    api.use(
      http.get('/api/v1/actors/{slug}', ({ response }) =>
        response(200).json(directorate, { headers: { ETag: '"4.abc"' } }),
      ),
      http.put('/api/v1/actors/{slug}', async ({ request, response }) => {
        put = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return response(200).json(directorate);
      }),
      http.delete('/api/v1/actors/{slug}', () => {
        deleted = true;
        return new HttpResponse(null, { status: 204 });
      }),
      http.get('/api/v1/actors', ({ response }) =>
        response(200).json({ items: [], page: 0, size: 30, totalItems: 0, totalPages: 0 }),
      ),
    );
    const { user, router } = renderApp('/actors/mel-systemes-information/edit', {
      auth: fakeAuth(['admin']),
      language: 'en',
    });
    const description = await screen.findByLabelText(/^Description/);
    expect(screen.getByRole('group', { name: 'Part of (parent actor)' })).toHaveTextContent(
      mel.name ?? '',
    );
    await user.clear(description);
    await user.type(description, 'La DSI.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(put).toBeDefined();
    });
    expect(put?.ifMatch).toBe('"4.abc"');
    expect(put?.body).toMatchObject({
      slug: 'mel-systemes-information',
      description: 'La DSI.',
      parent: 'mel',
      territory: 'metropole-europeenne-de-lille',
      expertise: ['réseaux'],
    });

    await router.navigate('/actors/mel-systemes-information/edit');
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/actors');
    });
    expect(deleted).toBe(true);
  });

  it('shows the sub-units and the parent on the actor page, and the edit link to those who may', async () => {
    api.use(
      http.get('/api/v1/actors/{slug}', ({ params, response }) =>
        response(200).json(params.slug === 'mel' ? mel : directorate),
      ),
      http.get('/api/v1/actors/{actorSlug}/memberships', ({ response }) =>
        response(200).json({ items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 }),
      ),
    );
    const { router } = renderApp('/actors/mel', { auth: fakeAuth(['editor']), language: 'en' });
    const units = await screen.findByRole('region', { name: 'Sub-units' });
    expect(within(units).getByRole('link', { name: /relation aux usagers/ })).toHaveAttribute(
      'href',
      '/actors/mel-relation-usagers',
    );
    expect(screen.getByRole('link', { name: 'Edit the actor' })).toBeInTheDocument();
    router.dispose();

    renderApp('/actors/mel-systemes-information', { auth: fakeAuth(['member']), language: 'en' });
    const links = await screen.findAllByRole('link', { name: mel.name ?? '' });
    expect(links.map((link) => link.getAttribute('href'))).toContain('/actors/mel');
    expect(screen.queryByRole('link', { name: 'Edit the actor' })).not.toBeInTheDocument();
  });

  it('refuses the edit address to a role that may not act', async () => {
    renderApp('/actors/new', { auth: fakeAuth(['member']), language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
