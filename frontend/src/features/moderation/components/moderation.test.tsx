import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { json, page, requestedUrls, stubApi } from '@/testing/api-stub';
import { fakeAuth } from '@/testing/fake-auth';
import { renderApp } from '@/testing/render';

const pending: Schemas['ModeratedComment'][] = [
  {
    id: 41,
    noteId: 1,
    note: { slug: 'notes-du-reset-day-4', title: 'Notes du Reset Day #4', status: 'PUBLISHED' },
    authorName: 'Camille',
    email: 'camille@example.org',
    website: 'https://camille.example',
    member: false,
    bodyHtml: '<b>ok</b><script>x()</script>',
    status: 'PENDING',
    hidden: false,
    erased: false,
    spamDecisions: [
      { rule: 'honeypot', verdict: 'PASS', score: 0, reason: 'hidden field left empty' },
      {
        rule: 'first-contribution',
        verdict: 'HOLD',
        score: 20,
        reason: 'first contribution of this e-mail address',
      },
    ],
    reports: [],
    createdAt: '2024-05-02T10:00:00Z',
  },
  {
    id: 42,
    coalition: { number: 3, slug: 'formations', title: 'Formations' },
    authorName: 'Dominique',
    email: 'dominique@example.org',
    bodyHtml: 'Pub',
    status: 'PENDING',
    hidden: true,
    spamDecisions: [],
    reports: [{ reason: 'OFFENSIVE', detail: 'insultant', createdAt: '2024-05-03T10:00:00Z' }],
    createdAt: '2024-05-02T11:00:00Z',
  },
];

const moderator = () => fakeAuth(['member', 'moderator'], 'Modératrice');

function stubModeration(decide?: (body: Record<string, unknown>) => Response | object) {
  const decisions: Record<string, unknown>[] = [];
  const spy = stubApi({
    '/api/v1/me': { id: 9, username: 'moderator' },
    '/api/v1/moderation/comments': (url: URL) =>
      url.searchParams.get('queue') === 'pending' ? page(pending) : page([]),
    '/api/v1/moderation/comments/decisions': async (_url: URL, request: Request) => {
      const body = (await request.json()) as Record<string, unknown>;
      decisions.push(body);
      return decide?.(body) ?? { ids: body.ids, action: body.action };
    },
    '/api/v1/moderation/suggestions': page([]),
  });
  return { decisions, spy };
}

describe('Moderation access', () => {
  it('shows the moderation entry to moderators only', async () => {
    stubApi({ '/api/v1/notes': page([]), '/api/v1/me': { id: 1 } });
    renderApp('/notes', { auth: fakeAuth(['member']) });
    expect(await screen.findByRole('link', { name: 'Notes' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Modération' })).toBeNull();
  });

  it('shows it to moderators', async () => {
    stubApi({ '/api/v1/notes': page([]), '/api/v1/me': { id: 1 } });
    renderApp('/notes', { auth: moderator() });
    expect(await screen.findByRole('link', { name: 'Modération' })).toHaveAttribute(
      'href',
      '/moderation',
    );
  });

  it('refuses the screens to members', async () => {
    stubApi({ '/api/v1/me': { id: 1 } });
    renderApp('/moderation/comments', { auth: fakeAuth(['member', 'editor']) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
  });

  it('offers signed-out readers to sign in', async () => {
    stubApi({});
    renderApp('/moderation');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
    expect(
      within(screen.getByRole('main')).getByRole('button', { name: 'Se connecter' }),
    ).toBeVisible();
  });
});

describe('Comment queue', () => {
  it('shows each comment with its e-mail, place, anti-spam reasons and reports', async () => {
    stubModeration();
    renderApp('/moderation', { auth: moderator() });
    const first = await screen.findByRole('article', { name: /^Camille/ });
    expect(within(first).getByText('camille@example.org')).toBeVisible();
    expect(within(first).getByRole('link', { name: 'Notes du Reset Day #4' })).toHaveAttribute(
      'href',
      '/notes/notes-du-reset-day-4',
    );
    expect(within(first).getByText('ok', { selector: 'b' })).toBeVisible();
    expect(first.querySelector('script')).toBeNull();
    expect(within(first).getByText(/first contribution of this e-mail address/)).toBeVisible();
    const second = screen.getByRole('article', { name: /^Dominique/ });
    expect(within(second).getByText('Masqué après signalements')).toBeVisible();
    expect(within(second).getByRole('heading', { name: '1 signalement' })).toBeVisible();
    expect(within(second).getByText(/insultant/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'En attente' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('approves one comment with a reason', async () => {
    const { decisions } = stubModeration();
    const { user } = renderApp('/moderation/comments', { auth: moderator() });
    const first = await screen.findByRole('article', { name: /^Camille/ });
    await user.type(within(first).getByRole('textbox', { name: 'Motif' }), 'pertinent');
    await user.click(
      within(first).getByRole('button', { name: 'Approuver le commentaire de Camille' }),
    );
    const status = await screen.findByText('1 commentaire approuvé.');
    await waitFor(() => {
      expect(status).toHaveFocus();
    });
    expect(decisions).toEqual([{ ids: [41], action: 'APPROVE', reason: 'pertinent' }]);
  });

  it('decides on a selection in bulk, and asks for a selection first', async () => {
    const { decisions } = stubModeration();
    const { user } = renderApp('/moderation/comments', { auth: moderator() });
    const bulk = await screen.findByRole('group', { name: 'Décision sur la sélection' });
    await user.click(within(bulk).getByRole('button', { name: 'Sélection à la corbeille' }));
    expect(await screen.findByText('Sélectionnez au moins un élément.')).toBeVisible();
    expect(decisions).toHaveLength(0);

    await user.click(
      within(bulk).getByRole('checkbox', { name: 'Tout sélectionner sur cette page' }),
    );
    expect(
      screen.getByRole('checkbox', { name: 'Sélectionner le commentaire de Camille' }),
    ).toBeChecked();
    expect(within(bulk).getByText('(2 sélectionnés)')).toBeVisible();
    await user.click(
      screen.getByRole('checkbox', { name: 'Sélectionner le commentaire de Dominique' }),
    );
    await user.type(within(bulk).getByRole('textbox', { name: 'Motif' }), 'publicité');
    await user.click(within(bulk).getByRole('button', { name: 'Sélection indésirable' }));
    expect(await screen.findByText('1 commentaire marqué comme indésirable.')).toBeVisible();
    expect(decisions).toEqual([{ ids: [41], action: 'SPAM', reason: 'publicité' }]);
  });

  it('shows why a decision was refused', async () => {
    stubModeration(() =>
      json(
        {
          status: 400,
          title: 'Bad request',
          errors: [{ field: 'ids', message: 'unknown comments [41]' }],
        },
        400,
      ),
    );
    const { user } = renderApp('/moderation/comments', { auth: moderator() });
    const first = await screen.findByRole('article', { name: /^Camille/ });
    await user.click(
      within(first).getByRole('button', {
        name: 'Mettre à la corbeille le commentaire de Camille',
      }),
    );
    expect(await screen.findByText(/ids : unknown comments \[41\]/)).toBeVisible();
  });

  it('switches queues with tabs kept in the URL', async () => {
    const { spy } = stubModeration();
    const { user, router } = renderApp('/moderation/comments', { auth: moderator() });
    await screen.findByRole('article', { name: /^Camille/ });
    await user.click(screen.getByRole('link', { name: 'Signalés' }));
    expect(await screen.findByText('Aucun signalement ouvert.')).toBeVisible();
    expect(new URLSearchParams(router.state.location.search).get('queue')).toBe('reported');
    expect(
      requestedUrls(spy).some(
        (url) =>
          url.pathname === '/api/v1/moderation/comments' &&
          url.searchParams.get('queue') === 'reported',
      ),
    ).toBe(true);
    await user.click(screen.getByRole('link', { name: 'Retenus comme indésirables' }));
    expect(await screen.findByText('Aucun envoi retenu comme indésirable.')).toBeVisible();
  });
});

describe('Suggestion queue', () => {
  const suggestions: Schemas['ModeratedSuggestion'][] = [
    {
      id: 7,
      kind: 'POTENTIAL_ALLY',
      axis: { slug: 'environnement', name: 'Dimension environnementale' },
      title: 'Fresque du Numérique',
      descriptionHtml: 'Des <em>ateliers</em>',
      website: 'https://fresque.example',
      authorName: 'Sam',
      email: 'sam@example.org',
      status: 'PENDING',
      spamDecisions: [],
      reports: [],
      createdAt: '2024-05-02T10:00:00Z',
    },
    {
      id: 8,
      kind: 'MISSING_SUBJECT',
      coalition: { number: 3, slug: 'formations', title: 'Formations' },
      title: 'La sobriété',
      authorName: 'Lou',
      email: 'lou@example.org',
      status: 'PENDING',
      spamDecisions: [],
      reports: [],
      createdAt: '2024-05-02T11:00:00Z',
    },
  ];

  function stubSuggestions() {
    const decisions: Record<string, unknown>[] = [];
    stubApi({
      '/api/v1/me': { id: 9 },
      '/api/v1/moderation/suggestions': page(suggestions),
      '/api/v1/moderation/suggestions/decisions': async (_url: URL, request: Request) => {
        const body = (await request.json()) as Record<string, unknown>;
        decisions.push(body);
        return { ids: body.ids, action: body.action };
      },
    });
    return decisions;
  }

  it('accepts an ally and creates its actor in the same step', async () => {
    const decisions = stubSuggestions();
    const { user } = renderApp('/moderation/suggestions', { auth: fakeAuth(['admin']) });
    const ally = await screen.findByRole('article', { name: /^Fresque du Numérique/ });
    expect(within(ally).getByText('sam@example.org')).toBeVisible();
    expect(within(ally).getByText('ateliers', { selector: 'em' })).toBeVisible();
    await user.click(
      within(ally).getByRole('checkbox', { name: 'En acceptant, créer l’acteur dans l’annuaire' }),
    );
    await user.click(
      within(ally).getByRole('button', { name: 'Accepter la suggestion « Fresque du Numérique »' }),
    );
    expect(await screen.findByText('Choisissez le type de l’acteur à créer.')).toBeVisible();
    expect(decisions).toHaveLength(0);
    await user.selectOptions(
      within(ally).getByRole('combobox', { name: 'Type de l’acteur à créer' }),
      'Association',
    );
    await user.type(within(ally).getByRole('textbox', { name: /Note du modérateur/ }), 'bienvenue');
    await user.click(
      within(ally).getByRole('button', { name: 'Accepter la suggestion « Fresque du Numérique »' }),
    );
    expect(await screen.findByText('1 suggestion acceptée.')).toBeVisible();
    expect(decisions).toEqual([
      {
        ids: [7],
        action: 'ACCEPT',
        note: 'bienvenue',
        createActor: true,
        actorKind: 'ASSOCIATION',
      },
    ]);
  });

  it('offers no actor creation for a missing subject, and marks duplicates of a given original', async () => {
    const decisions = stubSuggestions();
    const { user } = renderApp('/moderation/suggestions', { auth: moderator() });
    const subject = await screen.findByRole('article', { name: /^La sobriété/ });
    expect(within(subject).queryByRole('checkbox', { name: /créer l’acteur/ })).toBeNull();
    const duplicate = within(subject).getByRole('button', {
      name: 'Marquer comme doublon la suggestion « La sobriété »',
    });
    await user.click(duplicate);
    expect(await screen.findByText('Indiquez le numéro de la suggestion d’origine.')).toBeVisible();
    await user.type(
      within(subject).getByRole('textbox', { name: /Doublon de la suggestion/ }),
      '3',
    );
    await user.click(duplicate);
    expect(await screen.findByText('1 suggestion marquée comme doublon.')).toBeVisible();
    expect(decisions).toEqual([{ ids: [8], action: 'DUPLICATE', duplicateOf: 3 }]);
  });

  it('rejects a selection with a note', async () => {
    const decisions = stubSuggestions();
    const { user } = renderApp('/moderation/suggestions', { auth: moderator() });
    const bulk = await screen.findByRole('group', { name: 'Décision sur la sélection' });
    await user.click(
      within(bulk).getByRole('checkbox', { name: 'Tout sélectionner sur cette page' }),
    );
    await user.type(
      within(bulk).getByRole('textbox', { name: /Note du modérateur/ }),
      'hors champ',
    );
    await user.click(within(bulk).getByRole('button', { name: 'Refuser la sélection' }));
    expect(await screen.findByText('2 suggestions refusées.')).toBeVisible();
    expect(decisions).toEqual([{ ids: [7, 8], action: 'REJECT', note: 'hors champ' }]);
  });
});
