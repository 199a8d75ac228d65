import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { json, page, stubApi } from '@/testing/api-stub';
import { fakeAuth } from '@/testing/fake-auth';
import { renderApp } from '@/testing/render';

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

function stub(state: { pending: Schemas['CommitmentRequest'][] }) {
  const decisions: Request[] = [];
  stubApi({
    '/api/v1/me': { subject: 's', name: 'Alex Durand', roles: ['coordinator'], actors: [] },
    '/api/v1/me/commitment-requests': () => json(page(state.pending)),
    '/api/v1/coalitions/formations/members/atelier/history': history,
    '/api/v1/coalitions/formations/members/atelier/decision': (_url: URL, req: Request) => {
      decisions.push(req);
      state.pending = state.pending.filter((item) => item !== atelier);
      return json({ ...atelier.membership, status: 'CONFIRMED' });
    },
  });
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

  it('shows the conflict when someone decided first', async () => {
    stubApi({
      '/api/v1/me': { subject: 's', name: 'Alex Durand', roles: ['coordinator'] },
      '/api/v1/me/commitment-requests': page([atelier]),
      '/api/v1/coalitions/formations/members/atelier/decision': () =>
        json(
          { title: 'Conflict', status: 409, detail: 'Only a proposed engagement can be decided' },
          409,
        ),
    });
    const { user } = renderApp('/commitment-requests', { auth: fakeAuth(['coordinator']) });
    const card = await screen.findByRole('article', { name: /Atelier paysan/ });
    await user.click(within(card).getByRole('button', { name: /Confirmer/ }));
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'Conflit : Only a proposed engagement can be decided',
    );
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
