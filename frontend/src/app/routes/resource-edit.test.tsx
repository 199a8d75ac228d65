import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const guide: Schemas['SharedResource'] = {
  slug: 'guide-numerique-responsable',
  title: 'Guide du numérique responsable',
  kind: 'GUIDE',
  url: 'https://example.org/guide',
  licence: 'CC BY-SA 4.0',
  availability: 'AVAILABLE',
  publisher: { slug: 'latitudes', name: 'Latitudes' },
  territory: { slug: 'hauts-de-france', name: 'Hauts-de-France' },
  coalitions: [{ slug: 'formations', number: 3, title: 'Formations numériques' }],
  sample: false,
};

const emptyPage = { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 };

/** The pickers' search: an actor, a territory, two coalitions. */
const search = http.get('/api/v1/search', ({ request, response }) => {
  const type = new URL(request.url).searchParams.get('type');
  const items: Schemas['SearchHit'][] =
    type === 'actor'
      ? [{ type: 'actor', slug: 'latitudes', title: 'Latitudes' }]
      : type === 'territory'
        ? [{ type: 'territory', slug: 'nord', title: 'Nord' }]
        : [
            { type: 'coalition', slug: 'formations', title: 'Formations numériques' },
            { type: 'coalition', slug: 'communs', title: 'Communs numériques' },
          ];
  return response(200).json({ items, page: 0, size: 10, totalItems: items.length, totalPages: 1 });
});

const catalogue = http.get('/api/v1/resources', ({ response }) => response(200).json(emptyPage));

function me(actors: Schemas['ActorSummary'][], roles: string[]) {
  return http.get('/api/v1/me', ({ response }) =>
    response(200).json({ subject: 's', name: 'Camille', roles, actors, territories: [] }),
  );
}

async function openNew(url = '/resources/new', roles = ['editor']) {
  const rendered = renderApp(url, { auth: fakeAuth(roles), language: 'en' });
  await screen.findByRole('heading', { level: 1, name: 'Share a resource' });
  return rendered;
}

async function openEdit(roles = ['editor'], url = `/resources/${guide.slug ?? ''}/edit`) {
  const rendered = renderApp(url, { auth: fakeAuth(roles), language: 'en' });
  await screen.findByRole('heading', {
    level: 1,
    name: 'Edit the resource “Guide du numérique responsable”',
  });
  return rendered;
}

describe('resource screens', () => {
  it('shares a resource: POST /api/v1/resources with the exact body, then back to where it came from', async () => {
    let sent: unknown;
    api.use(
      search,
      catalogue,
      http.post('/api/v1/resources', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json(guide);
      }),
    );
    const { user, router } = await openNew(
      `/resources/new?from=${encodeURIComponent('/resources?kind=GUIDE')}`,
    );
    await user.type(screen.getByLabelText(/^Title/), 'Guide du numérique responsable');
    await user.selectOptions(screen.getByLabelText(/^Kind of resource/), 'TOOLKIT');
    await user.selectOptions(screen.getByLabelText(/^Availability/), 'IN_PROGRESS');
    await user.selectOptions(screen.getByLabelText(/^Licence/), 'CC BY-SA 4.0');
    await user.type(screen.getByLabelText(/^Address of the resource/), 'https://example.org/g');
    await user.type(screen.getByLabelText(/^Description/), 'Pour les collectivités.');
    await user.type(screen.getByLabelText('Search (Publishing actor)'), 'Lat');
    await user.click(await screen.findByRole('button', { name: 'Choose Latitudes' }));
    await user.type(screen.getByLabelText('Search (Territory)'), 'Nor');
    await user.click(await screen.findByRole('button', { name: 'Choose Nord' }));
    await user.type(screen.getByLabelText('Search (Coalitions it serves)'), 'num');
    await user.click(await screen.findByRole('button', { name: 'Choose Communs numériques' }));
    await user.type(screen.getByLabelText('Search (Coalitions it serves)'), 'num');
    await user.click(await screen.findByRole('button', { name: 'Choose Formations numériques' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/resources');
    });
    expect(new URLSearchParams(router.state.location.search).get('kind')).toBe('GUIDE');
    expect(sent).toEqual({
      title: 'Guide du numérique responsable',
      kind: 'TOOLKIT',
      availability: 'IN_PROGRESS',
      licence: 'CC BY-SA 4.0',
      url: 'https://example.org/g',
      description: 'Pour les collectivités.',
      publisher: 'latitudes',
      territory: 'nord',
      coalitions: ['communs', 'formations'],
      sample: false,
    });
  });

  it('offers the contract’s licences with an “unknown” choice, which leaves the licence out', async () => {
    let sent: unknown;
    api.use(
      catalogue,
      http.post('/api/v1/resources', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json(guide);
      }),
    );
    const { user, router } = await openNew();
    const licence = screen.getByLabelText(/^Licence/);
    const options = within(licence)
      .getAllByRole('option')
      .map((option) => [option.getAttribute('value'), option.textContent]);
    expect(options[0]).toEqual(['', 'Unknown']);
    expect(options.slice(1).map(([value]) => value)).toEqual([
      'Licence Ouverte 2.0',
      'CC BY 4.0',
      'CC BY-SA 4.0',
      'CC BY-NC 4.0',
      'CC BY-NC-SA 4.0',
      'CC BY-ND 4.0',
      'CC0 1.0',
      'ODbL 1.0',
      'AGPL-3.0',
      'GPL-3.0',
      'EUPL-1.2',
      'MIT',
      'Apache-2.0',
      'All rights reserved',
    ]);
    expect(licence).toHaveValue('');
    await user.type(screen.getByLabelText(/^Title/), 'Carnet');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/resources');
    });
    expect(sent).toEqual({
      title: 'Carnet',
      kind: 'GUIDE',
      availability: 'AVAILABLE',
      coalitions: [],
      sample: false,
    });
  });

  it('starts a resource shared from a coalition page with that coalition', async () => {
    let sent: Schemas['SharedResourceInput'] | undefined;
    api.use(
      http.get('/api/v1/coalitions/{slug}', ({ response }) =>
        response(200).json({ slug: 'formations', number: 3, title: 'Formations numériques' }),
      ),
      http.post('/api/v1/resources', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json(guide);
      }),
      http.get('/api/v1/coalitions/{slug}/permissions', ({ response }) =>
        response(200).json({ edit: false, delete: false, nameCoordinators: false }),
      ),
    );
    const { user, router } = await openNew(
      `/resources/new?coalition=formations&from=${encodeURIComponent('/coalitions/formations')}`,
    );
    expect(screen.getByRole('list', { name: 'Coalitions it serves — Chosen' })).toHaveTextContent(
      '#3 Formations numériques',
    );
    await user.type(screen.getByLabelText(/^Title/), 'Carnet');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/coalitions/formations');
    });
    expect(sent?.coalitions).toEqual(['formations']);
  });

  it('edits with If-Match, keeping the references, and deletes after a confirmation', async () => {
    let put: { body: unknown; ifMatch: string | null } | undefined;
    let deleted = false;
    api.use(
      catalogue,
      http.get('/api/v1/resources/{slug}', ({ response }) =>
        response(200).json(guide, { headers: { ETag: '"7.r"' } }),
      ),
      http.put('/api/v1/resources/{slug}', async ({ request, response }) => {
        put = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return response(200).json(guide);
      }),
      http.delete('/api/v1/resources/{slug}', () => {
        deleted = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user, router } = await openEdit();
    expect(screen.getByLabelText(/^Licence/)).toHaveValue('CC BY-SA 4.0');
    expect(screen.getByRole('list', { name: 'Publishing actor — Chosen' })).toHaveTextContent(
      'Latitudes',
    );
    await user.selectOptions(screen.getByLabelText(/^Availability/), 'PLANNED');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/resources');
    });
    expect(put?.ifMatch).toBe('"7.r"');
    expect(put?.body).toEqual({
      slug: 'guide-numerique-responsable',
      title: 'Guide du numérique responsable',
      kind: 'GUIDE',
      availability: 'PLANNED',
      licence: 'CC BY-SA 4.0',
      url: 'https://example.org/guide',
      publisher: 'latitudes',
      territory: 'hauts-de-france',
      coalitions: ['formations'],
      sample: false,
    });

    // Once the catalogue is there (and the language in its address), back to the edit screen.
    await screen.findByRole('heading', { level: 1, name: 'Shared resources' });
    await waitFor(() => {
      expect(router.state.location.search).toContain('lang=en');
    });
    await router.navigate(`/resources/${guide.slug ?? ''}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    expect(
      screen.getByText('Delete “Guide du numérique responsable” for good?'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/resources');
    });
    expect(deleted).toBe(true);
  });

  it('keeps a licence the list no longer has, and asks for one of the list before saving', async () => {
    let put = false;
    api.use(
      http.get('/api/v1/resources/{slug}', ({ response }) =>
        response(200).json({ ...guide, licence: 'CC BY-SA 3.0' }, { headers: { ETag: '"1"' } }),
      ),
      http.put('/api/v1/resources/{slug}', ({ response }) => {
        put = true;
        return response(200).json(guide);
      }),
    );
    const { user } = await openEdit();
    const licence = screen.getByLabelText(/^Licence/);
    expect(licence).toHaveValue('CC BY-SA 3.0');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(licence).toHaveAttribute('aria-invalid', 'true');
    });
    expect(licence).toHaveAccessibleDescription(
      'Leave “Unknown” when the licence is not stated. Choose one of the values offered.',
    );
    expect(put).toBe(false);
  });

  it('places a 400 problem’s field errors on their fields', async () => {
    api.use(
      http.get('/api/v1/resources/{slug}', ({ response }) =>
        response(200).json(guide, { headers: { ETag: '"7.r"' } }),
      ),
      http.put('/api/v1/resources/{slug}', () =>
        problemResponse(400, {
          title: 'Invalid request',
          errors: [
            { field: 'url', message: 'this address does not answer' },
            { field: 'coalitions[0]', message: 'no coalition with this slug' },
          ],
        }),
      ),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server refused some fields; they are marked below.');
    const url = screen.getByLabelText(/^Address of the resource/);
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription('this address does not answer');
    expect(url).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Coalitions it serves' })).toHaveTextContent(
      'no coalition with this slug',
    );
  });

  it('shows the resource’s history under the form, when opened', async () => {
    let asked = 0;
    api.use(
      http.get('/api/v1/resources/{slug}', ({ response }) => response(200).json(guide)),
      http.get('/api/v1/resources/{slug}/history', ({ params, response }) => {
        asked += 1;
        expect(params.slug).toBe(guide.slug);
        return response(200).json({
          items: [
            {
              revision: 4,
              changedAt: '2026-12-06T10:30:00Z',
              kind: 'UPDATED',
              author: { kind: 'ACCOUNT', name: 'Camille Martin' },
              changes: [{ field: 'licence', before: 'CC BY 4.0', after: 'CC BY-SA 4.0' }],
            },
          ],
          page: 0,
          size: 10,
          totalItems: 1,
          totalPages: 1,
        });
      }),
    );
    const { user } = await openEdit();
    expect(asked).toBe(0);
    await user.click(screen.getByText('History'));
    const row = await screen.findByRole('row', { name: /licence/ });
    expect(row).toHaveTextContent('CC BY 4.0');
    expect(screen.getByText(/by Camille Martin/)).toBeInTheDocument();
    expect(asked).toBe(1);
  });

  it('shows the API’s 403 in the problem component', async () => {
    api.use(
      http.post('/api/v1/resources', () =>
        problemResponse(403, { title: 'Forbidden', detail: 'Not your actor' }),
      ),
    );
    const { user } = await openNew();
    await user.type(screen.getByLabelText(/^Title/), 'Carnet');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your account may not make this change.');
    expect(alert).toHaveTextContent('Forbidden — Not your actor');
  });

  it('lets the account linked to the publisher edit, and refuses other accounts and coordinators', async () => {
    api.use(
      me([{ slug: 'latitudes', name: 'Latitudes' }], ['member']),
      http.get('/api/v1/resources/{slug}', ({ response }) => response(200).json(guide)),
    );
    const first = await openEdit(['member']);
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    first.router.dispose();

    api.use(me([{ slug: 'mel', name: 'MEL' }], ['member']));
    const second = renderApp(`/resources/${guide.slug ?? ''}/edit`, {
      auth: fakeAuth(['member'], 'Sam'),
      language: 'en',
    });
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    second.router.dispose();

    renderApp('/resources/new', { auth: fakeAuth(['coordinator']), language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });
});
