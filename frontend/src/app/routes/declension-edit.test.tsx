import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const mel: Schemas['Territory'] = {
  slug: 'metropole-europeenne-de-lille',
  name: 'Métropole Européenne de Lille',
  kind: 'METROPOLIS',
  ancestors: [{ slug: 'hauts-de-france', name: 'Hauts-de-France' }],
};
const declension: Schemas['TerritorialCoalition'] = {
  coalition: { number: 3, slug: 'formations', title: 'Formations numériques' },
  territory: { slug: mel.slug, name: mel.name },
  positioning: 'PILOT',
  status: 'PARTNERS_SOUGHT',
  commitments: 'Deux écoles d’ici 2026.',
  partners: [
    { scope: 'TERRITORIAL', status: 'SOUGHT', label: 'Une université' },
    {
      scope: 'NATIONAL',
      status: 'ENGAGED',
      actor: { slug: 'latitudes', name: 'Latitudes' },
      label: 'Latitudes',
    },
  ],
  sample: false,
};
const editAddress = `/coalitions/formations/territories/${mel.slug ?? ''}/edit`;
const emptyPage = { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 };

/** What the territory page and the declension form read, for the account `me`. */
function reading(me: Schemas['Account']) {
  let version = 0;
  api.use(
    http.get('/api/v1/me', ({ response }) => response(200).json(me)),
    http.get('/api/v1/territories/{slug}', ({ response }) => response(200).json(mel)),
    http.get('/api/v1/territories/{territorySlug}/coalitions', ({ response }) =>
      response(200).json({ ...emptyPage, items: [declension], totalItems: 1, totalPages: 1 }),
    ),
    http.get('/api/v1/territories/{slug}/resources', ({ response }) =>
      response(200).json(emptyPage),
    ),
    http.get('/api/v1/territories/{slug}/initiatives', ({ response }) =>
      response(200).json(emptyPage),
    ),
    http.get('/api/v1/events', ({ response }) => response(200).json(emptyPage)),
    http.get('/api/v1/coalitions/{slug}/permissions', ({ response }) =>
      response(200).json({ edit: false }),
    ),
    http.get('/api/v1/coalitions/{slug}/territories/{territorySlug}', ({ response }) => {
      version += 1;
      return response(200).json(
        { ...declension, commitments: `${declension.commitments ?? ''} v${String(version)}` },
        { headers: { ETag: `"d${String(version)}"` } },
      );
    }),
    http.get('/api/v1/search', ({ response }) =>
      response(200).json({
        items: [{ type: 'actor', slug: 'mel', title: 'Métropole Européenne de Lille' }],
        page: 0,
        size: 10,
        totalItems: 1,
        totalPages: 1,
      }),
    ),
  );
}

/** Records the declension's updates and answers each with `answer`. */
function onPut(answer?: () => Response) {
  const puts: { body: unknown; ifMatch: string | null }[] = [];
  api.use(
    http.put(
      '/api/v1/coalitions/{slug}/territories/{territorySlug}',
      async ({ request, response }) => {
        puts.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') });
        return answer ? answer() : response(200).json(declension);
      },
    ),
  );
  return puts;
}

const manager: Schemas['Account'] = {
  subject: 's',
  name: 'Dominique Leroy',
  roles: ['member', 'territory-manager'],
  territories: [{ slug: 'hauts-de-france', name: 'Hauts-de-France' }],
};
const asManager = () => fakeAuth(['member', 'territory-manager']);

async function openForm() {
  const rendered = renderApp(editAddress, { auth: asManager() });
  await screen.findByRole('combobox', { name: 'Positionnement' });
  return rendered;
}

describe('Territorial declensions', () => {
  it('lets the manager of the territory (or one above) edit them, with If-Match', async () => {
    reading(manager);
    const puts = onPut();
    const { user, router } = renderApp(`/territories/${mel.slug ?? ''}`, { auth: asManager() });
    await user.click(
      await screen.findByRole('link', {
        name: 'Modifier la déclinaison (Formations numériques)',
      }),
    );
    // The declension's own status (the partners' are inside their fieldsets, after it).
    const [status] = await screen.findAllByRole('combobox', { name: 'Statut' });
    if (!status) throw new Error('no status field');
    await user.selectOptions(status, 'ACTIVE');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe(`/territories/${mel.slug ?? ''}`);
    });
    expect(puts[0]?.ifMatch).toBe('"d1"');
    expect(puts[0]?.body).toEqual({
      positioning: 'PILOT',
      priority: false,
      status: 'ACTIVE',
      commitments: 'Deux écoles d’ici 2026. v1',
      partners: [
        { scope: 'TERRITORIAL', status: 'SOUGHT', label: 'Une université' },
        { scope: 'NATIONAL', status: 'ENGAGED', actor: 'latitudes', label: 'Latitudes' },
      ],
      sample: false,
    } satisfies Schemas['TerritorialCoalitionInput']);
  });

  it('sends the exact body: a partner found in the directory, another removed, priority', async () => {
    reading(manager);
    const puts = onPut();
    const { user } = await openForm();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Positionnement' }),
      'CONTRIBUTOR',
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Coalition prioritaire sur ce territoire' }),
    );
    await user.clear(screen.getByRole('textbox', { name: 'Engagements' }));
    await user.click(screen.getByRole('button', { name: 'Retirer le partenaire 1' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter un partenaire' }));
    const added = screen.getByRole('group', { name: 'Partenaire 2' });
    await user.selectOptions(within(added).getByRole('combobox', { name: 'Statut' }), 'ENGAGED');
    await user.type(within(added).getByLabelText('Rechercher (Acteur)'), 'Mét');
    await user.click(
      await within(added).findByRole('button', { name: 'Choisir Métropole Européenne de Lille' }),
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => {
      expect(puts).toHaveLength(1);
    });
    expect(puts[0]?.body).toEqual({
      positioning: 'CONTRIBUTOR',
      priority: true,
      status: 'PARTNERS_SOUGHT',
      partners: [
        { scope: 'NATIONAL', status: 'ENGAGED', actor: 'latitudes', label: 'Latitudes' },
        { scope: 'TERRITORIAL', status: 'ENGAGED', actor: 'mel' },
      ],
      sample: false,
    } satisfies Schemas['TerritorialCoalitionInput']);
  });

  it('asks a partner for a name or an actor before sending', async () => {
    reading(manager);
    const puts = onPut();
    const { user } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Ajouter un partenaire' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const added = screen.getByRole('group', { name: 'Partenaire 3' });
    await waitFor(() => {
      expect(within(added).getByRole('textbox', { name: 'Nom' })).toHaveAccessibleDescription(
        'Obligatoire quand l’acteur n’est pas dans l’annuaire. Donnez un nom ou choisissez un acteur de l’annuaire.',
      );
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Un champ est à corriger avant d’enregistrer.',
    );
    expect(puts).toHaveLength(0);
  });

  it('places a 400 on partners[0].label on that field', async () => {
    reading(manager);
    onPut(() =>
      problemResponse(400, {
        title: 'Invalid request',
        errors: [{ field: 'partners[0].label', message: 'give a label or an actor' }],
      }),
    );
    const { user } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le serveur a refusé certains champs',
    );
    const first = screen.getByRole('group', { name: 'Partenaire 1' });
    expect(within(first).getByRole('textbox', { name: 'Nom' })).toHaveAccessibleDescription(
      'Obligatoire quand l’acteur n’est pas dans l’annuaire. give a label or an actor',
    );
  });

  it.each([
    [403, {}, 'Votre compte ne peut pas faire cette modification.'],
    [429, { 'Retry-After': '1' }, 'Réessayez dans 1 seconde.'],
  ])('shows a %i problem in the problem component', async (status, headers, text) => {
    reading(manager);
    onPut(() => problemResponse(status, { title: 'Refusé', detail: 'Non' }, headers));
    const { user } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(alert).toHaveTextContent('Refusé — Non');
  });

  it('offers to reload after a 412', async () => {
    reading(manager);
    onPut(() => problemResponse(412, { title: 'Precondition failed' }));
    const { user } = await openForm();
    await user.type(screen.getByRole('textbox', { name: 'Engagements' }), ' (modifié)');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Recharger la version actuelle' }));
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Engagements' })).toHaveValue(
        'Deux écoles d’ici 2026. v2',
      );
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows no edit control to a member', async () => {
    reading({ subject: 's', name: 'Membre', roles: ['member'], territories: [] });
    renderApp(`/territories/${mel.slug ?? ''}`, { auth: fakeAuth(['member']) });
    expect(await screen.findByRole('link', { name: /Formations numériques/ })).toBeVisible();
    expect(screen.queryByRole('link', { name: /Modifier la déclinaison/ })).not.toBeInTheDocument();
  });

  it('refuses the edit address to a member', async () => {
    reading({ subject: 's', name: 'Membre', roles: ['member'], territories: [] });
    renderApp(editAddress, { auth: fakeAuth(['member']) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
  });
});
