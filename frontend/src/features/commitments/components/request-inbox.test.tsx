import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

function page<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0 };
}

const coalition = { number: 3, slug: 'formations', title: 'Formations numériques' };
const request = (
  actor: Schemas['ActorSummary'],
  role: Schemas['MembershipRole'],
): Schemas['CommitmentRequest'] => ({
  coalition,
  membership: {
    actor,
    role,
    commitment: `Engagement de ${actor.name ?? ''}`,
    status: 'PROPOSED',
    createdAt: '2025-03-12T10:00:00Z',
  },
});
const atelier = request({ slug: 'atelier', name: 'Atelier paysan' }, 'ALLY');
const banque = request({ slug: 'banque', name: 'Banque' }, 'FUNDER');

const history: Schemas['MembershipEvent'][] = [
  {
    action: 'PROPOSED',
    role: 'ALLY',
    status: 'PROPOSED',
    by: { id: 4, username: 'member', name: 'Camille Martin' },
    at: '2025-03-12T10:00:00Z',
  },
];

/** The inbox of a coordinator; `decide` may answer the decision instead (a problem). */
function stub(
  state: { pending: Schemas['CommitmentRequest'][] },
  decide: () => Response | undefined = () => undefined,
) {
  const decisions: Request[] = [];
  api.use(
    http.get('/api/v1/me', ({ response }) =>
      response(200).json({ subject: 's', name: 'Alex Durand', roles: ['coordinator'], actors: [] }),
    ),
    http.get('/api/v1/me/commitment-requests', ({ response }) =>
      response(200).json(page(state.pending)),
    ),
    http.get('/api/v1/coalitions/{slug}/members/{actorSlug}/history', ({ response }) =>
      response(200).json(history),
    ),
    http.post('/api/v1/coalitions/{slug}/members/{actorSlug}/decision', ({ request, response }) => {
      decisions.push(request);
      const refused = decide();
      if (refused) return refused;
      state.pending = state.pending.filter((item) => item !== atelier);
      return response(200).json({ ...atelier.membership, status: 'CONFIRMED' });
    }),
  );
  return decisions;
}

describe('Coordinators’ inbox', () => {
  it('lists the pending requests with their history and confirms one with a note', async () => {
    const decisions = stub({ pending: [atelier, banque] });
    const { user } = renderApp('/commitment-requests', { auth: fakeAuth(['coordinator']) });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Demandes d’engagement' }),
    ).toBeVisible();
    await waitFor(() => {
      expect(document.title).toBe('Demandes d’engagement · Fabrique');
    });
    expect(await screen.findByText('2 demandes en attente')).toBeVisible();
    const card = screen.getByRole('article', { name: 'Atelier paysan — #3 Formations numériques' });
    expect(card).toHaveTextContent('Engagement de Atelier paysan');
    expect(card).toHaveTextContent('Proposée le 12 mars 2025');

    // The history: who proposed it and when.
    await user.click(within(card).getByText('Historique'));
    const events = await within(card).findByRole('list', {
      name: 'Historique de l’engagement de Atelier paysan dans la coalition n° 3',
    });
    expect(events).toHaveTextContent(/Proposé le 12 mars 2025 .* par Camille Martin/);

    await user.type(
      within(card).getByRole('textbox', { name: /Note pour l’organisation/ }),
      'Bienvenue',
    );
    await user.click(
      within(card).getByRole('button', { name: 'Confirmer la demande de Atelier paysan' }),
    );

    const status = await screen.findByText(
      'La demande de Atelier paysan (coalition n° 3) est confirmée.',
    );
    await waitFor(() => {
      expect(status.closest('[role="status"]')).toHaveFocus();
    });
    expect(await decisions[0]?.json()).toEqual({ decision: 'CONFIRM', note: 'Bienvenue' });
    // The decided request leaves the list.
    await waitFor(() => {
      expect(screen.queryByRole('article', { name: /Atelier paysan/ })).not.toBeInTheDocument();
    });
    expect(screen.getByText('1 demande en attente')).toBeVisible();
  });

  it('declines without a note', async () => {
    const decisions = stub({ pending: [atelier] });
    const { user } = renderApp('/commitment-requests', { auth: fakeAuth(['coordinator']) });
    await user.click(
      await screen.findByRole('button', { name: 'Décliner la demande de Atelier paysan' }),
    );
    expect(
      await screen.findByText('La demande de Atelier paysan (coalition n° 3) est déclinée.'),
    ).toBeVisible();
    expect(await decisions[0]?.json()).toEqual({ decision: 'DECLINE' });
    expect(await screen.findByText('Aucune demande en attente.')).toBeVisible();
  });

  it('shows the conflict when someone decided first, in the problem component', async () => {
    stub({ pending: [atelier] }, () =>
      problemResponse(409, {
        title: 'Conflict',
        detail: 'Only a proposed engagement can be decided',
      }),
    );
    const { user } = renderApp('/commitment-requests', { auth: fakeAuth(['coordinator']) });
    const card = await screen.findByRole('article', { name: /Atelier paysan/ });
    await user.click(within(card).getByRole('button', { name: /Confirmer/ }));
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('Conflit avec l’état actuel.');
    expect(alert).toHaveTextContent('Conflict — Only a proposed engagement can be decided');
  });

  it('shows a 403 in the problem component', async () => {
    stub({ pending: [atelier] }, () =>
      problemResponse(403, { title: 'Forbidden', detail: 'Not a coordinator of this coalition' }),
    );
    const { user } = renderApp('/commitment-requests', { auth: fakeAuth(['coordinator']) });
    const card = await screen.findByRole('article', { name: /Atelier paysan/ });
    await user.click(within(card).getByRole('button', { name: /Décliner/ }));
    const alert = await within(card).findByRole('alert');
    expect(alert).toHaveTextContent('Votre compte ne peut pas faire cette modification.');
    expect(alert).toHaveTextContent('Not a coordinator of this coalition');
  });

  it('places a 400 problem’s field error on the note', async () => {
    stub({ pending: [atelier] }, () =>
      problemResponse(400, {
        title: 'Invalid request',
        errors: [{ field: 'note', message: 'note refusée' }],
      }),
    );
    const { user } = renderApp('/commitment-requests', { auth: fakeAuth(['coordinator']) });
    const card = await screen.findByRole('article', { name: /Atelier paysan/ });
    const note = within(card).getByRole('textbox', { name: /Note pour l’organisation/ });
    await user.type(note, 'Bienvenue');
    await user.click(within(card).getByRole('button', { name: /Confirmer/ }));
    await waitFor(() => {
      expect(note).toHaveAccessibleDescription(/note refusée/);
    });
    expect(note).toHaveAttribute('aria-invalid', 'true');
  });

  it('is refused to a member', async () => {
    stub({ pending: [] });
    renderApp('/commitment-requests', { auth: fakeAuth(['member']) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Se connecter' })).not.toBeInTheDocument();
  });

  it('asks an anonymous visitor to sign in', async () => {
    stub({ pending: [] });
    renderApp('/commitment-requests');
    const page = await screen.findByRole('region', { name: 'Accès non autorisé' });
    expect(within(page).getByRole('button', { name: 'Se connecter' })).toBeVisible();
  });
});
