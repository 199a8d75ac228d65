import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const repairCafe: Schemas['LocalInitiative'] = {
  slug: 'repair-cafe-lille',
  title: 'Repair café numérique',
  description: 'Chaque samedi.',
  territory: { slug: 'mel', name: 'Métropole Européenne de Lille' },
  actor: { slug: 'latitudes', name: 'Latitudes' },
  coalition: { slug: 'formations', number: 3, title: 'Formations numériques' },
  sample: false,
};

/** The names of the records a new initiative starts with, and the pickers' search. */
const references = [
  http.get('/api/v1/territories/{slug}', ({ params, response }) =>
    response(200).json({ slug: params.slug, name: 'Métropole Européenne de Lille' }),
  ),
  http.get('/api/v1/coalitions/{slug}', ({ params, response }) =>
    response(200).json({ slug: params.slug, number: 3, title: 'Formations numériques' }),
  ),
  http.get('/api/v1/search', ({ response }) =>
    response(200).json({
      items: [{ type: 'actor', slug: 'latitudes', title: 'Latitudes' }],
      page: 0,
      size: 10,
      totalItems: 1,
      totalPages: 1,
    }),
  ),
];

async function openEdit(roles = ['territory-manager']) {
  const rendered = renderApp(`/initiatives/${repairCafe.slug ?? ''}/edit`, {
    auth: fakeAuth(roles),
    language: 'en',
  });
  await screen.findByRole('heading', {
    level: 1,
    name: 'Edit the initiative “Repair café numérique”',
  });
  return rendered;
}

describe('local initiative screens', () => {
  it('records an initiative started from a territory and a coalition, then shows its territory', async () => {
    let sent: unknown;
    api.use(
      ...references,
      http.post('/api/v1/initiatives', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json(repairCafe);
      }),
    );
    const { user, router } = renderApp('/initiatives/new?territory=mel&coalition=formations', {
      auth: fakeAuth(['territory-manager']),
      language: 'en',
    });
    await screen.findByRole('heading', { level: 1, name: 'Add a local initiative' });
    expect(screen.getByRole('list', { name: 'Territory — Chosen' })).toHaveTextContent(
      'Métropole Européenne de Lille',
    );
    expect(screen.getByRole('list', { name: 'Coalition concerned — Chosen' })).toHaveTextContent(
      '#3 Formations numériques',
    );
    await user.type(screen.getByLabelText(/^Title/), 'Repair café numérique');
    await user.type(screen.getByLabelText('Search (Carrying actor)'), 'Lat');
    await user.click(await screen.findByRole('button', { name: 'Choose Latitudes' }));
    await user.type(screen.getByLabelText(/^Address of the initiative/), 'https://example.org/rc');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/territories/mel');
    });
    expect(sent).toEqual({
      title: 'Repair café numérique',
      territory: 'mel',
      coalition: 'formations',
      actor: 'latitudes',
      url: 'https://example.org/rc',
      sample: false,
    });
  });

  it('asks for the territory before sending anything', async () => {
    let posted = false;
    api.use(
      http.post('/api/v1/initiatives', ({ response }) => {
        posted = true;
        return response(201).json(repairCafe);
      }),
    );
    const { user } = renderApp('/initiatives/new', {
      auth: fakeAuth(['editor']),
      language: 'en',
    });
    await user.type(await screen.findByLabelText(/^Title/), 'Repair café');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(screen.getByRole('group', { name: 'Territory' })).toHaveTextContent(
        'This field is required.',
      );
    });
    expect(posted).toBe(false);
  });

  it('edits with If-Match, shows a 400 on its field and a 403 in the problem component', async () => {
    const ifMatches: (string | null)[] = [];
    let answer = 0;
    api.use(
      http.get('/api/v1/initiatives/{slug}', ({ response }) =>
        response(200).json(repairCafe, { headers: { ETag: '"2.i"' } }),
      ),
      http.put('/api/v1/initiatives/{slug}', ({ request }) => {
        ifMatches.push(request.headers.get('If-Match'));
        answer += 1;
        return answer === 1
          ? problemResponse(400, {
              title: 'Invalid request',
              errors: [{ field: 'url', message: 'must be an http(s) address' }],
            })
          : problemResponse(403, { title: 'Forbidden', detail: 'Not your actor' });
      }),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const url = screen.getByLabelText(/^Address of the initiative/);
    await waitFor(() => {
      expect(url).toHaveAccessibleDescription('must be an http(s) address');
    });
    expect(url).toHaveAttribute('aria-invalid', 'true');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByText('Your account may not make this change.');
    expect(alert.closest('[role="alert"]')).toHaveTextContent('Forbidden — Not your actor');
    expect(ifMatches).toEqual(['"2.i"', '"2.i"']);
  });

  it('saves with If-Match and deletes after a confirmation, back to the territory', async () => {
    let put: { body: unknown; ifMatch: string | null } | undefined;
    let deleted = false;
    api.use(
      ...references,
      http.get('/api/v1/initiatives/{slug}', ({ response }) =>
        response(200).json(repairCafe, { headers: { ETag: '"2.i"' } }),
      ),
      http.put('/api/v1/initiatives/{slug}', async ({ request, response }) => {
        put = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return response(200).json(repairCafe);
      }),
      http.delete('/api/v1/initiatives/{slug}', () => {
        deleted = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user, router } = await openEdit(['admin']);
    const description = screen.getByLabelText(/^Description/);
    await user.clear(description);
    await user.type(description, 'Chaque premier samedi du mois.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/territories/mel');
    });
    expect(put?.ifMatch).toBe('"2.i"');
    expect(put?.body).toEqual({
      slug: 'repair-cafe-lille',
      title: 'Repair café numérique',
      description: 'Chaque premier samedi du mois.',
      territory: 'mel',
      actor: 'latitudes',
      coalition: 'formations',
      sample: false,
    });

    await screen.findByRole('heading', { level: 1, name: /Métropole Européenne de Lille/ });
    await waitFor(() => {
      expect(router.state.location.search).toContain('lang=en');
    });
    await router.navigate(`/initiatives/${repairCafe.slug ?? ''}/edit`);
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/territories/mel');
    });
    expect(deleted).toBe(true);
  });

  it('refuses the screens to coordinators and to visitors', async () => {
    const { router } = renderApp('/initiatives/new', {
      auth: fakeAuth(['coordinator']),
      language: 'en',
    });
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    router.dispose();

    renderApp(`/initiatives/${repairCafe.slug ?? ''}/edit`, { language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('main')).getByRole('button', { name: 'Sign in' }),
    ).toBeInTheDocument();
  });
});
