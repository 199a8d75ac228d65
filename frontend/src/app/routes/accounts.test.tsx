import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const dominique: Schemas['Account'] = {
  id: 12,
  username: 'dleroy',
  name: 'Dominique Leroy',
  actors: [{ slug: 'latitudes', name: 'Latitudes' }],
  territories: [],
};

const camille: Schemas['Account'] = {
  id: 31,
  username: 'cmartin',
  name: 'Camille Martin',
  actors: [],
  territories: [{ slug: 'nord', name: 'Nord' }],
};

function me(roles: string[]) {
  return http.get('/api/v1/me', ({ response }) =>
    response(200).json({ id: 1, subject: 's', name: 'Alex Durand', roles }),
  );
}

/** The pickers' search: the Muséum for actors, the MEL for territories. */
const search = http.get('/api/v1/search', ({ request, response }) => {
  const type = new URL(request.url).searchParams.get('type');
  return response(200).json({
    items:
      type === 'actor'
        ? [{ type: 'actor', slug: 'museum', title: 'Muséum national d’histoire naturelle' }]
        : [{ type: 'territory', slug: 'mel', title: 'Métropole Européenne de Lille' }],
    page: 0,
    size: 10,
    totalItems: 1,
    totalPages: 1,
  });
});

function accounts(items: Schemas['Account'][]) {
  return http.get('/api/v1/accounts', ({ response }) =>
    response(200).json({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 }),
  );
}

async function openAsAdmin() {
  const rendered = renderApp('/accounts', { auth: fakeAuth(['admin']) });
  await screen.findByRole('heading', { level: 1, name: 'Comptes' });
  return rendered;
}

async function chooseLinks(user: ReturnType<typeof renderApp>['user']) {
  await user.click(
    await screen.findByRole('button', { name: 'Modifier les liens de Dominique Leroy' }),
  );
  const form = screen.getByRole('form', { name: 'Liens de Dominique Leroy' });
  await user.type(
    within(form).getByLabelText('Rechercher (Acteurs pour lesquels le compte agit)'),
    'Mus',
  );
  await user.click(
    await within(form).findByRole('button', {
      name: 'Choisir Muséum national d’histoire naturelle',
    }),
  );
  await user.type(within(form).getByLabelText('Rechercher (Territoires gérés)'), 'Lil');
  await user.click(
    await within(form).findByRole('button', { name: 'Choisir Métropole Européenne de Lille' }),
  );
  await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
  return form;
}

describe('accounts screen', () => {
  it('is refused to whoever is not an administrator, and not in their navigation', async () => {
    api.use(me(['coordinator', 'territory-manager']), accounts([dominique]));
    renderApp('/accounts', { auth: fakeAuth(['coordinator', 'territory-manager']) });
    expect(await screen.findByRole('heading', { name: 'Accès non autorisé' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Comptes' })).not.toBeInTheDocument();
    expect(screen.queryByText('Dominique Leroy')).not.toBeInTheDocument();
  });

  it('lets an administrator link an account to an actor and a territory', async () => {
    let sent: unknown;
    let linked = dominique;
    api.use(
      me(['admin']),
      search,
      http.get('/api/v1/accounts', ({ response }) =>
        response(200).json({
          items: [linked, camille],
          page: 0,
          size: 20,
          totalItems: 2,
          totalPages: 1,
        }),
      ),
      http.put('/api/v1/accounts/{id}/links', async ({ params, request, response }) => {
        expect(params.id).toBe('12');
        sent = await request.json();
        linked = {
          ...dominique,
          actors: [...(dominique.actors ?? []), { slug: 'museum', name: 'Muséum' }],
          territories: [{ slug: 'mel', name: 'Métropole Européenne de Lille' }],
        };
        return response(200).json(linked);
      }),
    );
    const { user } = await openAsAdmin();
    expect(screen.getByRole('link', { name: 'Comptes' })).toHaveAttribute('href', '/accounts');
    const card = await screen.findByRole('article', { name: 'Dominique Leroy' });
    expect(card).toHaveTextContent('Identifiantdleroy');
    expect(card).toHaveTextContent('Agit pourLatitudes');
    expect(card).toHaveTextContent('Gèreaucun');

    await chooseLinks(user);

    expect(await within(card).findByRole('status')).toHaveTextContent(
      'Liens de Dominique Leroy enregistrés.',
    );
    expect(sent).toEqual({ actors: ['latitudes', 'museum'], territories: ['mel'] });
    await waitFor(() => {
      expect(
        within(card).getByRole('link', { name: 'Métropole Européenne de Lille' }),
      ).toHaveAttribute('href', '/territories/mel');
    });
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('shows a 400 field error on its field', async () => {
    api.use(
      me(['admin']),
      search,
      accounts([dominique]),
      http.put('/api/v1/accounts/{id}/links', () =>
        problemResponse(400, {
          title: 'Invalid request',
          errors: [{ field: 'territories[0]', message: 'no territory with this slug' }],
        }),
      ),
    );
    const { user } = await openAsAdmin();
    const form = await chooseLinks(user);

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Le serveur a refusé certains champs');
    expect(
      within(form).getByRole('group', { name: 'Territoires gérés' }),
    ).toHaveAccessibleDescription(expect.stringContaining('no territory with this slug'));
    expect(
      within(form).getByRole('group', { name: 'Acteurs pour lesquels le compte agit' }),
    ).not.toHaveTextContent('no territory with this slug');
  });
});
