import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse } from 'msw';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { axes, impact } from '@/testing/fixtures';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const slug = 'formations-superieures-numeriques-ethiques';

const coalition: Schemas['Coalition'] = {
  number: 3,
  slug,
  title: 'Pour des formations supérieures numériques',
  summary: 'Faire entrer les questions éthiques dans les formations.',
  intention: 'Que chaque diplômé du numérique mesure les effets de ce qu’il conçoit.',
  stage: 'FORMING',
  axes: [{ slug: 'environnement', name: 'Dimension environnementale' }],
  keywords: ['formation', 'éthique'],
  experiences: [{ id: 4, title: 'Le MOOC Numérique responsable', url: 'https://example.org/mooc' }],
  problems: [
    {
      id: 7,
      title: 'La place de l’écologie dans les diplômes est mal connue',
      allyKinds: ['chercheurs'],
      actors: [{ slug: 'museum', name: 'Muséum' }],
      solutions: [
        { title: 'Un référentiel commun des compétences', kind: 'KIND_OF_SOLUTION', sample: true },
      ],
    },
  ],
  impacts: [impact],
  members: [
    { actor: { slug: 'latitudes', name: 'Latitudes' }, role: 'PILOT', status: 'CONFIRMED' },
  ],
};

const emptyPage = { items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 };

/** The search the pickers ask: actors and coalitions by their words. */
const search = http.get('/api/v1/search', ({ request, response }) => {
  const type = new URL(request.url).searchParams.get('type');
  const items: Schemas['SearchHit'][] =
    type === 'actor'
      ? [
          { type: 'actor', slug: 'mel', title: 'Métropole Européenne de Lille' },
          { type: 'actor', slug: 'latitudes', title: 'Latitudes' },
        ]
      : [{ type: 'coalition', slug: 'numerique-responsable', title: '#1 Numérique responsable' }];
  return response(200).json({ items, page: 0, size: 10, totalItems: items.length, totalPages: 1 });
});

/**
 * The API as a coordinator of #3 sees it: each read of the coalition is a new version (its
 * summary ends with "vN", its ETag is "vN").
 */
function editable() {
  let version = 0;
  return [
    http.get('/api/v1/me', ({ response }) =>
      response(200).json({ subject: 's', name: 'Alex Durand', roles: ['coordinator'] }),
    ),
    http.get('/api/v1/coalitions/{slug}/permissions', ({ response }) =>
      response(200).json({ edit: true, delete: true, nameCoordinators: true }),
    ),
    http.get('/api/v1/coalitions/{slug}', ({ response }) => {
      version += 1;
      return response(200).json(
        { ...coalition, summary: `${coalition.summary ?? ''} v${String(version)}` },
        { headers: { ETag: `"v${String(version)}"` } },
      );
    }),
    http.get('/api/v1/axes', ({ response }) => response(200).json(axes)),
    search,
  ];
}

/** Records the canvas updates (`PUT …/{slug}`) and answers each with `answer`. */
function onPut(answer: () => Response = () => HttpResponse.json(coalition)) {
  const puts: { body: unknown; ifMatch: string | null }[] = [];
  api.use(
    http.put('/api/v1/coalitions/{slug}', async ({ request }) => {
      puts.push({ body: await request.json(), ifMatch: request.headers.get('If-Match') });
      return answer();
    }),
  );
  return puts;
}

const coordinator = () => fakeAuth(['member', 'coordinator']);

async function openEdit() {
  const rendered = renderApp(`/coalitions/${slug}/edit`, { auth: coordinator() });
  await screen.findByRole('region', { name: 'L’essentiel' });
  return rendered;
}

describe('Coalition edit form', () => {
  it('validates as you type and sends the whole canvas with If-Match', async () => {
    api.use(...editable());
    const puts = onPut();
    const { user, router } = await openEdit();

    const general = screen.getByRole('region', { name: 'L’essentiel' });
    const title = within(general).getByRole('textbox', { name: /^Titre/ });
    expect(title).toHaveValue('Pour des formations supérieures numériques');
    await user.clear(title);
    await user.tab();
    expect(title).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(title).toBeInvalid();
    await user.type(title, 'Former au numérique responsable');
    expect(title).not.toBeInvalid();
    const comments = within(general).getByRole('checkbox', { name: /^Commentaires ouverts/ });
    expect(comments).toBeChecked();
    await user.click(comments);
    expect(
      within(general).getByRole('checkbox', { name: 'Dimension environnementale' }),
    ).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe(`/coalitions/${slug}`);
    });
    expect(puts).toHaveLength(1);
    expect(puts[0]?.ifMatch).toBe('"v1"');
    expect(puts[0]?.body).toEqual({
      title: 'Former au numérique responsable',
      summary: 'Faire entrer les questions éthiques dans les formations. v1',
      intention: 'Que chaque diplômé du numérique mesure les effets de ce qu’il conçoit.',
      stage: 'FORMING',
      axes: ['environnement'],
      keywords: ['formation', 'éthique'],
      experiences: [
        { id: 4, title: 'Le MOOC Numérique responsable', url: 'https://example.org/mooc' },
      ],
      problems: [
        {
          id: 7,
          title: 'La place de l’écologie dans les diplômes est mal connue',
          allyKinds: ['chercheurs'],
          actors: ['museum'],
          solutions: [
            {
              title: 'Un référentiel commun des compétences',
              kind: 'KIND_OF_SOLUTION',
              sample: true,
            },
          ],
        },
      ],
      impacts: [
        {
          id: 1,
          title: 'Des cursus qui intègrent ces questions',
          indicator: 'Part des formations partenaires avec un module éthique',
          unit: '%',
          baseline: 10,
          target: 50,
          targetDate: '2022-12-31',
        },
      ],
      sample: false,
      commentsOpen: false,
    } satisfies Schemas['CoalitionInput']);
  });

  it('adds a recommended solution to a problem and sends it after those it had', async () => {
    api.use(...editable());
    const puts = onPut();
    const { user } = await openEdit();
    const problem1 = screen.getByRole('group', { name: 'Problème 1' });
    const solutions = within(problem1).getByRole('group', {
      name: 'Solutions recommandées pour le problème 1',
    });
    expect(within(solutions).getByRole('textbox', { name: /^Intitulé/ })).toHaveValue(
      'Un référentiel commun des compétences',
    );
    await user.click(
      within(problem1).getByRole('button', { name: 'Ajouter une solution au problème 1' }),
    );
    const added = within(problem1).getByRole('group', { name: 'Solution 2' });
    await user.type(
      within(added).getByRole('textbox', { name: /^Intitulé/ }),
      'Des modules d’éthique partagés entre écoles',
    );
    expect(within(added).getByRole('combobox', { name: 'Nature' })).toHaveValue('SOLUTION');
    // An actor engaged on the problem, found by searching.
    await user.type(within(problem1).getByLabelText('Rechercher (Acteurs engagés)'), 'Mét');
    await user.click(
      await within(problem1).findByRole('button', {
        name: 'Choisir Métropole Européenne de Lille',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => {
      expect(puts).toHaveLength(1);
    });
    const body = puts[0]?.body as Schemas['CoalitionInput'];
    expect(body.problems).toEqual([
      {
        id: 7,
        title: 'La place de l’écologie dans les diplômes est mal connue',
        allyKinds: ['chercheurs'],
        actors: ['museum', 'mel'],
        solutions: [
          {
            title: 'Un référentiel commun des compétences',
            kind: 'KIND_OF_SOLUTION',
            sample: true,
          },
          { title: 'Des modules d’éthique partagés entre écoles', kind: 'SOLUTION' },
        ],
      },
    ]);
  });

  it('sends no solution it removed, and an empty list when none is left', async () => {
    api.use(...editable());
    const puts = onPut();
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Retirer la solution 1 du problème 1' }));
    expect(screen.getByText('Aucune solution recommandée pour l’instant.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => {
      expect(puts).toHaveLength(1);
    });
    expect((puts[0]?.body as Schemas['CoalitionInput']).problems?.[0]?.solutions).toEqual([]);
  });

  it('refuses to send a form with missing required fields and says how many', async () => {
    api.use(...editable());
    const puts = onPut();
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Ajouter un problème' }));
    const problem2 = screen.getByRole('group', { name: 'Problème 2' });
    await user.click(
      within(problem2).getByRole('button', { name: 'Ajouter une solution au problème 2' }),
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '2 champs sont à corriger avant d’enregistrer.',
    );
    const title = within(problem2).getByRole('textbox', { name: /^Titre/ });
    expect(title).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(title).toHaveFocus();
    expect(
      within(within(problem2).getByRole('group', { name: 'Solution 1' })).getByRole('textbox', {
        name: /^Intitulé/,
      }),
    ).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(puts).toHaveLength(0);
  });

  it('shows the server’s field errors next to the fields (problems[0].title, keywords[1])', async () => {
    api.use(...editable());
    onPut(() =>
      problemResponse(400, {
        detail: 'Invalid input',
        errors: [
          { field: 'problems[0].title', message: 'size must be between 0 and 300' },
          { field: 'keywords[1]', message: 'must not be blank' },
        ],
      }),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le serveur a refusé certains champs');
    expect(alert).toHaveTextContent('problems[0].title : size must be between 0 and 300');
    const problem1 = screen.getByRole('group', { name: 'Problème 1' });
    const title = within(problem1).getByRole('textbox', { name: /^Titre/ });
    expect(title).toHaveAccessibleDescription('size must be between 0 and 300');
    expect(title).toBeInvalid();
    expect(screen.getByRole('textbox', { name: 'Mots-clés' })).toHaveAccessibleDescription(
      expect.stringContaining('must not be blank') as string,
    );
  });

  it.each([
    [403, {}, 'Votre compte ne peut pas faire cette modification.'],
    [429, { 'Retry-After': '30' }, 'Réessayez dans 30 secondes.'],
  ])('shows a %i problem with the server’s words', async (status, headers, text) => {
    api.use(...editable());
    onPut(() => problemResponse(status, { title: 'Refusé', detail: `Détail ${status}` }, headers));
    const { user, router } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expect(alert).toHaveTextContent(`Refusé — Détail ${status}`);
    expect(router.state.location.pathname).toBe(`/coalitions/${slug}/edit`);
  });

  it('says when the coalition changed meanwhile (412) and reloads it on request', async () => {
    api.use(...editable());
    onPut(() => problemResponse(412, { detail: 'The resource changed since you read it' }));
    const { user } = await openEdit();
    const summary = screen.getByRole('textbox', { name: 'Résumé' });
    expect(summary).toHaveValue('Faire entrer les questions éthiques dans les formations. v1');
    await user.type(summary, ' (modifié)');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Quelqu’un d’autre l’a modifié depuis que vous l’avez ouvert');
    await user.click(within(alert).getByRole('button', { name: 'Recharger la version actuelle' }));
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Résumé' })).toHaveValue(
        'Faire entrer les questions éthiques dans les formations. v2',
      );
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('records a measure of an impact', async () => {
    const measures: unknown[] = [];
    api.use(
      ...editable(),
      http.post(
        '/api/v1/coalitions/{slug}/impacts/{impactId}/measures',
        async ({ params, request, response }) => {
          expect(params.impactId).toBe('1');
          measures.push(await request.json());
          return response(201).json({ id: 3, measuredOn: '2023-06-30', value: 42 });
        },
      ),
    );
    const { user } = await openEdit();
    const form = await screen.findByRole('heading', { name: /Nouvelle mesure/ });
    const measureForm = form.closest('form');
    if (!measureForm) throw new Error('no measure form');
    const scope = within(measureForm);
    await user.type(scope.getByLabelText(/^Date/), '2023-06-30');
    await user.type(scope.getByRole('textbox', { name: /^Valeur/ }), '42');
    await user.click(scope.getByRole('button', { name: 'Enregistrer la mesure' }));
    await waitFor(() => {
      expect(measures).toEqual([{ measuredOn: '2023-06-30', value: 42 }]);
    });
  });
});

describe('Creating a coalition', () => {
  it('sends POST /api/v1/coalitions with the exact body, parent and actors found by search', async () => {
    let sent: unknown;
    api.use(
      http.get('/api/v1/me', ({ response }) =>
        response(200).json({ subject: 's', name: 'Alex Durand', roles: ['coordinator'] }),
      ),
      http.get('/api/v1/axes', ({ response }) => response(200).json(axes)),
      search,
      http.post('/api/v1/coalitions', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json({ ...coalition, slug: 'nouvelle' });
      }),
    );
    const { user, router } = renderApp('/coalitions/new', { auth: coordinator() });
    await user.type(await screen.findByRole('textbox', { name: /^Titre/ }), 'Nouvelle coalition');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Étape de la coalition' }),
      'EMERGING',
    );
    await user.click(
      await screen.findByRole('checkbox', { name: 'Démocratie, éthique et libertés' }),
    );
    await user.type(screen.getByRole('textbox', { name: 'Mots-clés' }), 'sobriété{Enter}données');
    await user.type(screen.getByLabelText('Rechercher (Coalition parente)'), 'Numérique');
    await user.click(
      await screen.findByRole('button', { name: 'Choisir #1 Numérique responsable' }),
    );

    await user.click(screen.getByRole('button', { name: 'Ajouter un problème' }));
    const problem = screen.getByRole('group', { name: 'Problème 1' });
    await user.type(within(problem).getByRole('textbox', { name: /^Titre/ }), 'Peu de données');
    await user.type(
      within(problem).getByRole('textbox', { name: /^Alliés recherchés/ }),
      'collectivités{Enter}chercheurs',
    );
    await user.type(within(problem).getByLabelText('Rechercher (Acteurs engagés)'), 'Lat');
    await user.click(await within(problem).findByRole('button', { name: 'Choisir Latitudes' }));
    await user.click(
      within(problem).getByRole('button', { name: 'Ajouter une solution au problème 1' }),
    );
    await user.type(
      within(problem).getByRole('textbox', { name: /^Intitulé/ }),
      'Un observatoire ouvert',
    );
    await user.selectOptions(
      within(problem).getByRole('combobox', { name: 'Nature' }),
      'KIND_OF_SOLUTION',
    );

    await user.click(screen.getByRole('button', { name: 'Ajouter un impact' }));
    const impactGroup = screen.getByRole('group', { name: 'Impact 1' });
    await user.type(within(impactGroup).getByRole('textbox', { name: /^Titre/ }), 'Des données');
    await user.type(
      within(impactGroup).getByRole('textbox', { name: /^Indicateur/ }),
      'Jeux ouverts',
    );
    await user.type(within(impactGroup).getByRole('textbox', { name: /^Unité/ }), 'jeux');
    await user.type(within(impactGroup).getByRole('textbox', { name: /^Cible/ }), '12,5');

    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/coalitions/nouvelle');
    });
    expect(sent).toEqual({
      title: 'Nouvelle coalition',
      stage: 'EMERGING',
      axes: ['democratie-ethique-libertes'],
      keywords: ['sobriété', 'données'],
      parent: 'numerique-responsable',
      experiences: [],
      problems: [
        {
          title: 'Peu de données',
          allyKinds: ['collectivités', 'chercheurs'],
          actors: ['latitudes'],
          solutions: [{ title: 'Un observatoire ouvert', kind: 'KIND_OF_SOLUTION' }],
        },
      ],
      impacts: [{ title: 'Des données', indicator: 'Jeux ouverts', unit: 'jeux', target: 12.5 }],
      sample: false,
      commentsOpen: true,
    } satisfies Schemas['CoalitionInput']);
    expect(api.unmatched.filter((request) => !request.startsWith('GET'))).toEqual([]);
  });

  it('refuses the creation address to a member', async () => {
    api.use(
      http.get('/api/v1/me', ({ response }) =>
        response(200).json({ subject: 's', name: 'Membre', roles: ['member'] }),
      ),
    );
    renderApp('/coalitions/new', { auth: fakeAuth(['member']) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument();
  });
});

describe('Members of the coalition', () => {
  it('changes a member’s role and status with the ETag of the membership (If-Match)', async () => {
    let put: { body: unknown; ifMatch: string | null } | undefined;
    api.use(
      ...editable(),
      http.get('/api/v1/coalitions/{slug}/members/{actorSlug}', ({ response }) =>
        response(200).json(coalition.members?.[0] ?? {}, { headers: { ETag: '"m5"' } }),
      ),
      http.put(
        '/api/v1/coalitions/{slug}/members/{actorSlug}',
        async ({ params, request, response }) => {
          expect(params.actorSlug).toBe('latitudes');
          put = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
          return response(200).json({ ...coalition.members?.[0], role: 'CONTRIBUTOR' });
        },
      ),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Modifier Latitudes' }));
    const form = screen.getByRole('form', { name: 'Modifier l’engagement de Latitudes' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Rôle' }), 'CONTRIBUTOR');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Statut' }), 'WITHDRAWN');
    await user.type(
      within(form).getByRole('textbox', { name: 'Engagement tenable' }),
      'Deux modules',
    );
    const save = within(form).getByRole('button', { name: 'Enregistrer' });
    await waitFor(() => {
      expect(save).toBeEnabled();
    });
    await user.click(save);
    await waitFor(() => {
      expect(put).toBeDefined();
    });
    expect(put?.ifMatch).toBe('"m5"');
    expect(put?.body).toEqual({
      role: 'CONTRIBUTOR',
      status: 'WITHDRAWN',
      commitment: 'Deux modules',
    } satisfies Schemas['MembershipUpdate']);
    await waitFor(() => {
      expect(
        screen.queryByRole('form', { name: 'Modifier l’engagement de Latitudes' }),
      ).not.toBeInTheDocument();
    });
  });

  it('shows a 412 on a member’s change and closes the row to read it again', async () => {
    api.use(
      ...editable(),
      http.get('/api/v1/coalitions/{slug}/members/{actorSlug}', ({ response }) =>
        response(200).json(coalition.members?.[0] ?? {}, { headers: { ETag: '"m5"' } }),
      ),
      http.put('/api/v1/coalitions/{slug}/members/{actorSlug}', () =>
        problemResponse(412, { title: 'Precondition failed' }),
      ),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Modifier Latitudes' }));
    const form = screen.getByRole('form', { name: 'Modifier l’engagement de Latitudes' });
    const save = within(form).getByRole('button', { name: 'Enregistrer' });
    await waitFor(() => {
      expect(save).toBeEnabled();
    });
    await user.click(save);
    const alert = await within(form).findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Recharger la version actuelle' }));
    expect(
      screen.queryByRole('form', { name: 'Modifier l’engagement de Latitudes' }),
    ).not.toBeInTheDocument();
  });

  it('removes a member after a confirmation', async () => {
    let removed: string | undefined;
    api.use(
      ...editable(),
      http.delete('/api/v1/coalitions/{slug}/members/{actorSlug}', ({ params }) => {
        removed = params.actorSlug;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Retirer Latitudes' }));
    expect(removed).toBeUndefined();
    await user.click(screen.getByRole('button', { name: 'Confirmer le retrait de Latitudes' }));
    await waitFor(() => {
      expect(removed).toBe('latitudes');
    });
  });

  it('shows a refused removal (403) in the problem component', async () => {
    api.use(
      ...editable(),
      http.delete('/api/v1/coalitions/{slug}/members/{actorSlug}', () =>
        problemResponse(403, { title: 'Forbidden', detail: 'Only the pilots may remove a member' }),
      ),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Retirer Latitudes' }));
    await user.click(screen.getByRole('button', { name: 'Confirmer le retrait de Latitudes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Votre compte ne peut pas faire cette modification.');
    expect(alert).toHaveTextContent('Forbidden — Only the pilots may remove a member');
  });

  it('engages an actor found by searching (POST …/members with the exact body)', async () => {
    let sent: unknown;
    api.use(
      ...editable(),
      http.post('/api/v1/coalitions/{slug}/members', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json({
          actor: { slug: 'mel', name: 'Métropole Européenne de Lille' },
          role: 'ALLY',
          status: 'INVITED',
        });
      }),
    );
    const { user } = await openEdit();
    const form = screen.getByRole('form', { name: 'Engager un acteur' });
    // The actor is chosen by searching; Latitudes, already a member, is not offered.
    await user.type(within(form).getByLabelText('Rechercher (Acteur)'), 'Mét');
    await user.click(
      await within(form).findByRole('button', { name: 'Choisir Métropole Européenne de Lille' }),
    );
    expect(
      within(form).queryByRole('button', { name: 'Choisir Latitudes' }),
    ).not.toBeInTheDocument();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Rôle' }), 'ALLY');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Statut' }), 'INVITED');
    await user.click(within(form).getByRole('button', { name: 'Ajouter le membre' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Membre ajouté.');
    expect(sent).toEqual({
      actor: 'mel',
      role: 'ALLY',
      status: 'INVITED',
    } satisfies Schemas['MembershipInput']);
  });

  it('asks for the actor before engaging anyone', async () => {
    let posted = false;
    api.use(
      ...editable(),
      http.post('/api/v1/coalitions/{slug}/members', ({ response }) => {
        posted = true;
        return response(201).json({});
      }),
    );
    const { user } = await openEdit();
    const form = screen.getByRole('form', { name: 'Engager un acteur' });
    await user.click(within(form).getByRole('button', { name: 'Ajouter le membre' }));
    expect(await within(form).findByRole('group', { name: 'Acteur' })).toHaveTextContent(
      'Ce champ est obligatoire.',
    );
    expect(posted).toBe(false);
  });
});

describe('Edit controls and rights', () => {
  /** What the coalition page reads, for a signed-in member. */
  function reading(permissions?: Schemas['CoalitionPermissions']) {
    let asked = false;
    api.use(
      http.get('/api/v1/coalitions/{slug}', ({ response }) => response(200).json(coalition)),
      http.get('/api/v1/coalitions/{slug}/territories', ({ response }) =>
        response(200).json(emptyPage),
      ),
      http.get('/api/v1/events', ({ response }) => response(200).json(emptyPage)),
      http.get('/api/v1/notes', ({ response }) => response(200).json(emptyPage)),
      http.get('/api/v1/testimonies', ({ response }) => response(200).json(emptyPage)),
      http.get('/api/v1/me', ({ response }) =>
        response(200).json({ subject: 's', name: 'Membre', roles: ['member'] }),
      ),
      http.get('/api/v1/coalitions/{slug}/permissions', ({ response }) => {
        asked = true;
        return response(200).json(permissions ?? { edit: false });
      }),
    );
    return { asked: () => asked };
  }

  it('hides the edit link from anonymous readers, who make no permission request', async () => {
    const permissions = reading();
    renderApp(`/coalitions/${slug}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Pour des formations supérieures numériques',
    );
    await waitFor(() => {
      expect(screen.getByText('Aucune note liée.')).toBeVisible();
    });
    expect(screen.queryByRole('link', { name: 'Modifier la coalition' })).not.toBeInTheDocument();
    expect(permissions.asked()).toBe(false);
  });

  it('hides it when the API says the caller may not edit', async () => {
    reading({ edit: false });
    renderApp(`/coalitions/${slug}`, { auth: fakeAuth(['member']) });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => {
      expect(screen.getByText('Aucune note liée.')).toBeVisible();
    });
    expect(screen.queryByRole('link', { name: 'Modifier la coalition' })).not.toBeInTheDocument();
  });

  it('shows it when the API says the caller may edit', async () => {
    reading({ edit: true });
    renderApp(`/coalitions/${slug}`, { auth: coordinator() });
    expect(await screen.findByRole('link', { name: 'Modifier la coalition' })).toHaveAttribute(
      'href',
      `/coalitions/${slug}/edit`,
    );
  });

  it('refuses the direct edit address to a user without the right', async () => {
    reading({ edit: false });
    renderApp(`/coalitions/${slug}/edit`, { auth: fakeAuth(['member']) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument();
  });

  it('asks anonymous visitors of an edit address to sign in', async () => {
    reading();
    renderApp(`/coalitions/${slug}/edit`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
    expect(
      within(screen.getByRole('main')).getByRole('button', { name: 'Se connecter' }),
    ).toBeVisible();
  });

  function list(roles: string[]) {
    api.use(
      http.get('/api/v1/coalitions', ({ response }) => response(200).json(emptyPage)),
      http.get('/api/v1/axes', ({ response }) => response(200).json(axes)),
      http.get('/api/v1/territories/list', ({ response }) => response(200).json(emptyPage)),
      http.get('/api/v1/me', ({ response }) =>
        response(200).json({ subject: 's', name: 'x', roles }),
      ),
    );
  }

  it('offers to create a coalition to coordinators only', async () => {
    list([]);
    renderApp('/coalitions', { auth: fakeAuth(['member']) });
    await screen.findByRole('heading', { level: 1, name: 'Coalitions' });
    expect(screen.queryByRole('link', { name: 'Créer une coalition' })).not.toBeInTheDocument();
  });

  it('shows the create link to a coordinator', async () => {
    list(['coordinator']);
    renderApp('/coalitions', { auth: coordinator() });
    expect(await screen.findByRole('link', { name: 'Créer une coalition' })).toHaveAttribute(
      'href',
      '/coalitions/new',
    );
  });
});
