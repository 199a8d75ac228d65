import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { json, page, stubApi } from '@/testing/api-stub';
import { fakeAuth } from '@/testing/fake-auth';
import { renderApp } from '@/testing/render';

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
  stubApi({
    '/api/v1/me': { subject: 's', name: 'Camille Martin', roles, actors },
    '/api/v1/me/commitment-requests': page([]),
    '/api/v1/actors/latitudes/memberships': () => json(page(state.items)),
    '/api/v1/coalitions/formations/members/latitudes/withdrawal': (_url: URL, request: Request) => {
      withdrawals.push(request);
      state.items = state.items.map((item) =>
        item.coalition === formations ? { ...item, status: 'WITHDRAWN' } : item,
      );
      return json({ status: 'WITHDRAWN' });
    },
  });
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

  it('accepts an invitation of a coalition’s coordinators, with the commitment the actor can hold', async () => {
    const answers: unknown[] = [];
    let status: Schemas['MembershipStatus'] = 'INVITED';
    stubApi({
      '/api/v1/me': {
        subject: 's',
        name: 'Camille Martin',
        roles: ['member'],
        actors: [{ slug: 'latitudes', name: 'Latitudes' }],
      },
      '/api/v1/me/commitment-requests': page([]),
      '/api/v1/actors/latitudes/memberships': () =>
        json(
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
      '/api/v1/coalitions/formations/members/latitudes/answer': async (
        _url: URL,
        request: Request,
      ) => {
        answers.push(await request.json());
        status = 'CONFIRMED';
        return json({ status });
      },
    });
    const { user } = renderApp('/my-commitments', { auth: fakeAuth(['member']) });
    const invitations = await screen.findByRole('region', { name: 'Invitations à répondre' });
    const card = within(invitations).getByRole('article', {
      name: /Latitudes est invité dans la coalition/,
    });
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
    const spy = stubApi({
      '/api/v1/me': { subject: 's', name: 'Alex Durand', roles: ['coordinator'], actors: [] },
      '/api/v1/me/commitment-requests': { ...page([pending]), totalItems: 2 },
      '/api/v1/panorama': { axes: [] },
    });
    renderApp('/', { auth: fakeAuth(['coordinator']) });
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    const link = await within(nav).findByRole('link', {
      name: 'Demandes d’engagement (2 en attente)',
    });
    expect(link).toHaveAttribute('href', '/commitment-requests');
    expect(within(nav).queryByRole('link', { name: 'Mes engagements' })).not.toBeInTheDocument();
    const count = spy.mock.calls
      .map(([input]) => new URL(input instanceof Request ? input.url : String(input)))
      .find((url) => url.pathname === '/api/v1/me/commitment-requests');
    expect(count?.searchParams.get('size')).toBe('1');
  });

  it('shows neither entry to anonymous readers', async () => {
    stubApi({ '/api/v1/panorama': { axes: [] } });
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    await screen.findByRole('heading', { level: 1 });
    expect(within(nav).getAllByRole('link')).toHaveLength(7);
  });
});
