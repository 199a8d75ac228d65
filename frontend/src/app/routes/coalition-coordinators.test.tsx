import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const slug = 'formations-superieures-numeriques-ethiques';

const coalition: Schemas['Coalition'] = {
  number: 3,
  slug,
  title: 'Pour des formations supérieures numériques',
  stage: 'FORMING',
};

const alex: Schemas['AccountRef'] = { id: 7, username: 'adurand', name: 'Alex Durand' };
const dominique: Schemas['AccountRef'] = { id: 12, username: 'dleroy', name: 'Dominique Leroy' };
const sam: Schemas['AccountRef'] = { id: 15, username: 'sbernard', name: 'Sam Bernard' };

function account(ref: Schemas['AccountRef']): Schemas['Account'] {
  return { ...ref, actors: [], territories: [] };
}

/** The API as the signed-in account (id 7) sees coalition #3 and its coordinators. */
function stub({
  roles,
  permissions = { edit: true, delete: true, nameCoordinators: true },
  coordinators = [alex, dominique, sam],
}: {
  roles: string[];
  permissions?: Schemas['CoalitionPermissions'];
  coordinators?: Schemas['AccountRef'][];
}) {
  api.use(
    http.get('/api/v1/me', ({ response }) =>
      response(200).json({ id: 7, subject: 's', name: 'Alex Durand', roles }),
    ),
    http.get('/api/v1/coalitions/{slug}', ({ response }) => response(200).json(coalition)),
    http.get('/api/v1/coalitions/{slug}/permissions', ({ response }) =>
      response(200).json(permissions),
    ),
    http.get('/api/v1/coalitions/{slug}/coordinators', ({ response }) =>
      response(200).json(coordinators, { headers: { ETag: '"list-1"' } }),
    ),
  );
}

/**
 * Records the bodies of `PUT …/coordinators` (and their `If-Match` in `ifMatch`) and answers them
 * with the accounts named.
 */
function recordPuts(known: Schemas['AccountRef'][], ifMatch: (string | null)[] = []) {
  const bodies: unknown[] = [];
  api.use(
    http.put('/api/v1/coalitions/{slug}/coordinators', async ({ request, response }) => {
      const body = await request.json();
      bodies.push(body);
      ifMatch.push(request.headers.get('If-Match'));
      return response(200).json(
        known.filter((ref) => body.accounts.includes(ref.id ?? -1)),
        { headers: { ETag: `"list-${String(bodies.length + 1)}"` } },
      );
    }),
  );
  return bodies;
}

async function open(roles: string[]) {
  const rendered = renderApp(`/coalitions/${slug}/coordinators`, {
    auth: fakeAuth(roles, 'Alex Durand'),
  });
  await screen.findByRole('heading', {
    level: 1,
    name: 'Coordinateurs de « #3 Pour des formations supérieures numériques »',
  });
  return rendered;
}

describe('coalition coordinators', () => {
  it('sends the ETag of the list as read, then the one of its save; a 412 reads the list again', async () => {
    stub({ roles: ['coordinator'] });
    const ifMatch: (string | null)[] = [];
    recordPuts([alex, dominique, sam], ifMatch);
    const { user } = await open(['coordinator']);
    await user.click(await screen.findByRole('button', { name: 'Retirer Sam Bernard (sbernard)' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Coordinateurs enregistrés.');
    expect(ifMatch).toEqual(['"list-1"']);

    // Someone changed the list meanwhile: 412; reloading reads the current list.
    const refused: (string | null)[] = [];
    api.use(
      http.put('/api/v1/coalitions/{slug}/coordinators', ({ request }) => {
        refused.push(request.headers.get('If-Match'));
        return problemResponse(412, { title: 'Precondition failed' });
      }),
      http.get('/api/v1/coalitions/{slug}/coordinators', ({ response }) =>
        response(200).json([alex, sam], { headers: { ETag: '"list-9"' } }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Retirer Dominique Leroy (dleroy)' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await user.click(await screen.findByRole('button', { name: 'Recharger la version actuelle' }));
    expect(refused).toEqual(['"list-2"']);
    // The editor starts again from the list read: Sam Bernard is back, Dominique Leroy is gone.
    await waitFor(() => {
      expect(screen.getByRole('list', { name: 'Coordinateurs nommés' })).toHaveTextContent(
        'Sam Bernard',
      );
    });
    expect(screen.getByRole('list', { name: 'Coordinateurs nommés' })).not.toHaveTextContent(
      'Dominique Leroy',
    );
  });

  it('lets a coordinator remove one and saves the whole list', async () => {
    stub({ roles: ['coordinator'] });
    const bodies = recordPuts([alex, dominique, sam]);
    const { user } = await open(['coordinator']);

    const list = await screen.findByRole('list', { name: 'Coordinateurs nommés' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Alex Durand (adurand) (vous)Retirer',
      'Dominique Leroy (dleroy)Retirer',
      'Sam Bernard (sbernard)Retirer',
    ]);
    // Only administrators may list the accounts to name a new one.
    expect(
      screen.queryByRole('searchbox', { name: 'Nom ou identifiant du compte' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Seuls les administrateurs de la plateforme peuvent nommer un nouveau coordinateur.',
      ),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Retirer Sam Bernard (sbernard)' }));
    expect(list).not.toHaveTextContent('Sam Bernard');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Coordinateurs enregistrés.');
    expect(bodies).toEqual([{ accounts: [7, 12] }]);
    expect(api.unmatched.filter((request) => request.includes('/accounts'))).toEqual([]);
  });

  it('asks a coordinator who removes themself first, then goes back to the coalition', async () => {
    stub({ roles: ['coordinator'], coordinators: [alex, dominique] });
    const bodies = recordPuts([alex, dominique]);
    const { user, router } = await open(['coordinator']);
    const list = await screen.findByRole('list', { name: 'Coordinateurs nommés' });

    await user.click(within(list).getByRole('button', { name: 'Retirer Alex Durand (adurand)' }));
    expect(screen.getByText(/Vous retirer de la coordination \?/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rester coordinateur' }));
    expect(list).toHaveTextContent('Alex Durand (adurand) (vous)');
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Retirer Alex Durand (adurand)' }));
    expect(screen.getByRole('button', { name: 'Me retirer' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Me retirer' })).toHaveAccessibleDescription(
      /^Vous retirer de la coordination \?/,
    );
    await user.click(screen.getByRole('button', { name: 'Me retirer' }));
    expect(list).not.toHaveTextContent('Alex Durand');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe(`/coalitions/${slug}`);
    });
    expect(bodies).toEqual([{ accounts: [12] }]);
  });

  it('lets an administrator add accounts the API finds by the words typed', async () => {
    stub({ roles: ['admin'], coordinators: [dominique] });
    const camille: Schemas['Account'] = account({
      id: 31,
      username: 'cmartin',
      name: 'Camille Martin',
    });
    const eloise: Schemas['Account'] = account({ id: 40, username: 'eroux', name: 'Éloïse Roux' });
    const asked: (string | null)[] = [];
    api.use(
      http.get('/api/v1/accounts', ({ request, response }) => {
        const q = new URL(request.url).searchParams.get('q');
        asked.push(q);
        // What the API would find for these words (it folds accents and case).
        const found =
          q === 'cmart'
            ? [camille]
            : q === 'leroy'
              ? [account(dominique)]
              : q === 'eloise'
                ? [eloise]
                : [];
        return response(200).json({
          items: found,
          page: 0,
          size: 20,
          totalItems: found.length,
          totalPages: 1,
        });
      }),
    );
    const bodies = recordPuts([dominique, camille, eloise]);
    const { user } = await open(['admin']);

    const search = await screen.findByRole('searchbox', { name: 'Nom ou identifiant du compte' });
    await user.type(search, 'cmart');
    await user.click(
      await screen.findByRole('button', { name: 'Ajouter Camille Martin (cmartin)' }),
    );
    // An account already named is not offered again.
    await user.type(search, 'leroy');
    expect(await screen.findByText('Aucun autre compte ne correspond.')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'eloise');
    await user.click(await screen.findByRole('button', { name: 'Ajouter Éloïse Roux (eroux)' }));
    // The API is asked once the typing pauses, not at every key.
    expect(asked).toEqual(['cmart', 'leroy', 'eloise']);

    const list = screen.getByRole('list', { name: 'Coordinateurs nommés' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Coordinateurs enregistrés.');
    expect(bodies).toEqual([{ accounts: [12, 31, 40] }]);
  });

  it('shows a refusal of the API (403) with ProblemView', async () => {
    stub({ roles: ['coordinator'] });
    api.use(
      http.put('/api/v1/coalitions/{slug}/coordinators', () =>
        problemResponse(403, { title: 'Forbidden', detail: 'You do not coordinate #3' }),
      ),
    );
    const { user } = await open(['coordinator']);
    await user.click(await screen.findByRole('button', { name: 'Retirer Sam Bernard (sbernard)' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Votre compte ne peut pas faire cette modification.');
    expect(alert).toHaveTextContent('You do not coordinate #3');
  });

  it('refuses the screen when the permissions say no', async () => {
    stub({
      roles: ['coordinator'],
      permissions: { edit: false, delete: false, nameCoordinators: false },
    });
    renderApp(`/coalitions/${slug}/coordinators`, { auth: fakeAuth(['coordinator']) });
    expect(await screen.findByRole('heading', { name: 'Accès non autorisé' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument();
  });

  it('links the coalition page to the screen for those who may name coordinators', async () => {
    stub({ roles: ['coordinator'] });
    renderApp(`/coalitions/${slug}`, { auth: fakeAuth(['coordinator']) });
    expect(await screen.findByRole('link', { name: 'Coordinateurs' })).toHaveAttribute(
      'href',
      `/coalitions/${slug}/coordinators`,
    );
  });
});
