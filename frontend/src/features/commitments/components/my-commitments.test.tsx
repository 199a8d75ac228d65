import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

function page<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0 };
}

function me(actors: Schemas['ActorSummary'][], roles: string[] = ['member']) {
  return http.get('/api/v1/me', ({ response }) =>
    response(200).json({ subject: 's', name: 'Camille Martin', roles, actors }),
  );
}

const noRequests = http.get('/api/v1/me/commitment-requests', ({ response }) =>
  response(200).json(page([])),
);

const formations = { number: 3, slug: 'formations', title: 'Formations numériques' };
const communs = { number: 10, slug: 'communs', title: 'Communs numériques' };

function stub(actors: Schemas['ActorSummary'][], roles: string[] = ['member']) {
  const state: { items: Schemas['ActorMembership'][] } = {
    items: [
      {
        coalition: formations,
        role: 'ALLY',
        status: 'PROPOSED',
        commitment: 'Relayer',
        createdAt: '2025-03-12T10:00:00Z',
      },
      {
        coalition: communs,
        role: 'CONTRIBUTOR',
        status: 'DECLINED',
        commitment: 'Des outils',
        updatedAt: '2025-02-01T10:00:00Z',
      },
    ],
  };
  const withdrawals: Request[] = [];
  api.use(
    me(actors, roles),
    noRequests,
    http.get('/api/v1/actors/{actorSlug}/memberships', ({ response }) =>
      response(200).json(page(state.items)),
    ),
    http.post(
      '/api/v1/coalitions/{slug}/members/{actorSlug}/withdrawal',
      ({ request, response }) => {
        withdrawals.push(request);
        state.items = state.items.map((item) =>
          item.coalition === formations ? { ...item, status: 'WITHDRAWN' } : item,
        );
        return response(200).json({ status: 'WITHDRAWN' });
      },
    ),
  );
  return withdrawals;
}

describe('My commitments', () => {
  it('lists the memberships of the member’s actors with their status, and withdraws a request', async () => {
    const withdrawals = stub([{ slug: 'latitudes', name: 'Latitudes' }]);
    const { user } = renderApp('/my-commitments', { auth: fakeAuth(['member']) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mes engagements' })).toBeVisible();
    const section = screen.getByRole('region', { name: 'Latitudes' });
    const rows = await within(section).findAllByRole('row');
    expect(rows).toHaveLength(3);
    const [, pending, declined] = rows;
    if (!pending || !declined) throw new Error('rows missing');
    expect(pending).toHaveTextContent('#3 Formations numériques');
    expect(pending).toHaveTextContent('Proposé');
    expect(pending).toHaveTextContent('12 mars 2025');
    expect(declined).toHaveTextContent('Décliné');
    // Only a pending or confirmed engagement can be withdrawn.
    expect(within(declined).queryByRole('button')).not.toBeInTheDocument();

    await user.click(
      within(pending).getByRole('button', {
        name: 'Retirer la demande de Latitudes',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Confirmer le retrait de Latitudes' }));
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Latitudes : l’engagement est retiré.');
    });
    expect(withdrawals).toHaveLength(1);
    expect(await within(section).findByText('Retiré')).toBeVisible();
  });

  /** Latitudes invited to #3; `answer` may answer instead of accepting (a problem). */
  function invited(answer: () => Response | undefined = () => undefined) {
    const answers: unknown[] = [];
    let status: Schemas['MembershipStatus'] = 'INVITED';
    api.use(
      me([{ slug: 'latitudes', name: 'Latitudes' }]),
      noRequests,
      http.get('/api/v1/actors/{actorSlug}/memberships', ({ response }) =>
        response(200).json(
          page([
            {
              coalition: formations,
              role: 'ALLY',
              status,
              commitment: 'Ouvrir un module',
              createdAt: '2025-03-12T10:00:00Z',
            },
          ]),
        ),
      ),
      http.post(
        '/api/v1/coalitions/{slug}/members/{actorSlug}/answer',
        async ({ request, response }) => {
          answers.push(await request.json());
          const refused = answer();
          if (refused) return refused;
          status = 'CONFIRMED';
          return response(200).json({ status });
        },
      ),
    );
    return answers;
  }

  async function invitation() {
    const invitations = await screen.findByRole('region', { name: 'Invitations à répondre' });
    return within(invitations).getByRole('article', {
      name: /Latitudes est invité dans la coalition/,
    });
  }

  it('accepts an invitation of a coalition’s coordinators, with the commitment the actor can hold', async () => {
    const answers = invited();
    const { user } = renderApp('/my-commitments', { auth: fakeAuth(['member']) });
    const card = await invitation();
    const commitment = within(card).getByRole('textbox', {
      name: /L’engagement que l’organisation peut tenir/,
    });
    expect(commitment).toHaveValue('Ouvrir un module');
    await user.clear(commitment);
    await user.type(commitment, 'Ouvrir deux modules');
    await user.click(
      within(card).getByRole('button', {
        name: 'Accepter l’invitation de Latitudes dans la coalition n° 3',
      }),
    );
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent(
        'Latitudes a rejoint la coalition n° 3 : l’engagement est confirmé.',
      );
    });
    expect(answers).toEqual([{ answer: 'ACCEPT', commitment: 'Ouvrir deux modules' }]);
    await waitFor(() => {
      expect(
        screen.queryByRole('region', { name: 'Invitations à répondre' }),
      ).not.toBeInTheDocument();
    });
    expect(await screen.findByText('Confirmé')).toBeVisible();
  });

  it('refuses an invitation with a note and without the commitment', async () => {
    const answers = invited();
    const { user } = renderApp('/my-commitments', { auth: fakeAuth(['member']) });
    const card = await invitation();
    await user.type(within(card).getByRole('textbox', { name: /^Un mot/ }), 'Pas cette année');
    await user.click(within(card).getByRole('button', { name: /^Refuser/ }));
    await waitFor(() => {
      expect(answers).toEqual([{ answer: 'REFUSE', note: 'Pas cette année' }]);
    });
  });

  it('places a 400 problem’s field error on its field', async () => {
    invited(() =>
      problemResponse(400, {
        title: 'Invalid request',
        errors: [{ field: 'commitment', message: 'trop long pour la coalition' }],
      }),
    );
    const { user } = renderApp('/my-commitments', { auth: fakeAuth(['member']) });
    const card = await invitation();
    await user.click(within(card).getByRole('button', { name: /^Accepter/ }));
    const commitment = within(card).getByRole('textbox', {
      name: /L’engagement que l’organisation peut tenir/,
    });
    await waitFor(() => {
      expect(commitment).toHaveAccessibleDescription(/trop long pour la coalition/);
    });
    expect(commitment).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a 403 in the problem component', async () => {
    invited(() => problemResponse(403, { title: 'Forbidden' }));
    const { user } = renderApp('/my-commitments', { auth: fakeAuth(['member']) });
    const card = await invitation();
    await user.click(within(card).getByRole('button', { name: /^Accepter/ }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'Votre compte ne peut pas faire cette modification.',
    );
  });

  it('shows the nav entry to members who act for actors', async () => {
    stub([{ slug: 'latitudes', name: 'Latitudes' }]);
    renderApp('/my-commitments', { auth: fakeAuth(['member']) });
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    expect(await within(nav).findByRole('link', { name: 'Mes engagements' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(
      within(nav).queryByRole('link', { name: /Demandes d’engagement/ }),
    ).not.toBeInTheDocument();
  });

  it('explains what to do without any actor', async () => {
    stub([]);
    renderApp('/my-commitments', { auth: fakeAuth(['member']) });
    expect(await screen.findByText(/Votre compte n’est relié à aucune organisation/)).toBeVisible();
  });

  it('asks an anonymous visitor to sign in', async () => {
    stub([]);
    renderApp('/my-commitments');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
  });
});

describe('Navigation for coordinators', () => {
  it('shows the inbox with the number of pending requests', async () => {
    const pending: Schemas['CommitmentRequest'] = {
      coalition: formations,
      membership: { actor: { slug: 'a', name: 'A' }, status: 'PROPOSED' },
    };
    const asked: URL[] = [];
    api.use(
      http.get('/api/v1/me', ({ response }) =>
        response(200).json({
          subject: 's',
          name: 'Alex Durand',
          roles: ['coordinator'],
          actors: [],
        }),
      ),
      http.get('/api/v1/me/commitment-requests', ({ request, response }) => {
        asked.push(new URL(request.url));
        return response(200).json({ ...page([pending]), totalItems: 2 });
      }),
      http.get('/api/v1/panorama', ({ response }) => response(200).json({ axes: [] })),
    );
    renderApp('/', { auth: fakeAuth(['coordinator']) });
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    const link = await within(nav).findByRole('link', {
      name: 'Demandes d’engagement (2 en attente)',
    });
    expect(link).toHaveAttribute('href', '/commitment-requests');
    expect(within(nav).queryByRole('link', { name: 'Mes engagements' })).not.toBeInTheDocument();
    expect(asked[0]?.searchParams.get('size')).toBe('1');
  });

  it('shows neither entry to anonymous readers', async () => {
    api.use(http.get('/api/v1/panorama', ({ response }) => response(200).json({ axes: [] })));
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    await screen.findByRole('heading', { level: 1 });
    expect(within(nav).queryByRole('link', { name: 'Mes engagements' })).not.toBeInTheDocument();
    expect(
      within(nav).queryByRole('link', { name: /Demandes d’engagement/ }),
    ).not.toBeInTheDocument();
  });
});
