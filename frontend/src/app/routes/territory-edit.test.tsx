import { screen, waitFor } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const mel: Schemas['Territory'] = {
  slug: 'mel',
  name: 'Métropole Européenne de Lille',
  kind: 'METROPOLIS',
  code: '200093201',
  parent: { slug: 'nord', name: 'Nord', kind: 'DEPARTEMENT' },
  ancestors: [{ slug: 'nord', name: 'Nord', kind: 'DEPARTEMENT' }],
  sample: false,
};

function me(territories: Schemas['TerritorySummary'][], roles: string[]) {
  return http.get('/api/v1/me', ({ response }) =>
    response(200).json({ subject: 's', name: 'Dominique Leroy', roles, territories }),
  );
}

describe('territory screens', () => {
  it('lets the manager of a territory correct it, with If-Match, and go back to its page', async () => {
    let ifMatch: string | null = null;
    let sent: unknown;
    api.use(
      me([{ slug: 'mel', name: 'Métropole Européenne de Lille' }], ['territory-manager']),
      http.get('/api/v1/territories/{slug}', ({ response }) =>
        response(200).json(mel, { headers: { ETag: '"3.x"' } }),
      ),
      http.put('/api/v1/territories/{slug}', async ({ request, response }) => {
        ifMatch = request.headers.get('If-Match');
        sent = await request.json();
        return response(200).json({ ...mel, description: 'Quatre-vingt-quinze communes.' });
      }),
    );
    const { user, router } = renderApp('/territories/mel/edit', {
      auth: fakeAuth(['territory-manager']),
      language: 'en',
    });
    const description = await screen.findByLabelText(/^Description/);
    await user.type(description, 'Quatre-vingt-quinze communes.');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/territories/mel');
    });
    expect(ifMatch).toBe('"3.x"');
    expect(sent).toMatchObject({
      name: 'Métropole Européenne de Lille',
      kind: 'METROPOLIS',
      code: '200093201',
      parent: 'nord',
      description: 'Quatre-vingt-quinze communes.',
    });
    // Deleting a territory is for administrators only.
    expect(screen.queryByRole('heading', { name: 'Delete the territory' })).not.toBeInTheDocument();
  });

  it('refuses a manager of another territory', async () => {
    api.use(
      me([{ slug: 'lyon', name: 'Métropole de Lyon' }], ['territory-manager']),
      http.get('/api/v1/territories/{slug}', ({ response }) => response(200).json(mel)),
    );
    renderApp('/territories/mel/edit', { auth: fakeAuth(['territory-manager']), language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
  });

  it('lets an administrator create a region under France', async () => {
    let sent: unknown;
    api.use(
      me([], ['admin']),
      http.get('/api/v1/search', ({ response }) =>
        response(200).json({
          items: [{ type: 'territory', slug: 'france', title: 'France' }],
          page: 0,
          size: 10,
          totalItems: 1,
          totalPages: 1,
        }),
      ),
      http.post('/api/v1/territories', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json({ slug: 'bretagne', name: 'Bretagne', kind: 'REGION' });
      }),
    );
    const { user, router } = renderApp('/territories/new', {
      auth: fakeAuth(['admin']),
      language: 'en',
    });
    await user.type(await screen.findByLabelText(/^Name/), 'Bretagne');
    await user.selectOptions(screen.getByLabelText(/^Kind/), 'REGION');
    await user.type(screen.getByLabelText(/^Official code/), '53');
    await user.type(screen.getByLabelText('Search (Territory above)'), 'Fra');
    await user.click(await screen.findByRole('button', { name: 'Choose France' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/territories/bretagne');
    });
    expect(sent).toMatchObject({ name: 'Bretagne', kind: 'REGION', code: '53', parent: 'france' });
  });
});
