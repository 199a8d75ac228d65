import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

function page<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0 };
}

const slug = 'formations';
const latitudes = { slug: 'latitudes', name: 'Latitudes', kind: 'ASSOCIATION' as const };
const atelier = { slug: 'atelier', name: 'Atelier paysan', kind: 'ASSOCIATION' as const };

function coalition(members: Schemas['Membership'][]): Schemas['Coalition'] {
  return { number: 3, slug, title: 'Formations numériques', members };
}

/**
 * The coalition page for a member acting for Latitudes and the Atelier paysan; `members` is
 * what the coalition answers (it changes after a proposal or a withdrawal). `propose` may answer
 * the proposal instead (a problem).
 */
function stub(
  me: Schemas['Account'],
  state: { members: Schemas['Membership'][] },
  propose: () => Response | undefined = () => undefined,
) {
  const requests: Request[] = [];
  const empty = page([]);
  api.use(
    http.get('/api/v1/coalitions/{slug}', ({ response }) =>
      response(200).json(coalition(state.members)),
    ),
    http.get('/api/v1/coalitions/{slug}/permissions', ({ response }) =>
      response(200).json({ edit: false }),
    ),
    http.get('/api/v1/coalitions/{slug}/territories', ({ response }) => response(200).json(empty)),
    http.get('/api/v1/coalitions/{slug}/suggestions', ({ response }) => response(200).json(empty)),
    http.get('/api/v1/events', ({ response }) => response(200).json(empty)),
    http.get('/api/v1/notes', ({ response }) => response(200).json(empty)),
    http.get('/api/v1/testimonies', ({ response }) => response(200).json(empty)),
    http.get('/api/v1/me', ({ response }) => response(200).json(me)),
    http.post('/api/v1/coalitions/{slug}/commitments', async ({ request, response }) => {
      requests.push(request.clone());
      const refused = propose();
      if (refused) return refused;
      const body = await request.json();
      const membership: Schemas['Membership'] = {
        actor: body.actor === 'atelier' ? atelier : latitudes,
        role: body.role,
        commitment: body.commitment,
        status: 'PROPOSED',
      };
      state.members = [...state.members, membership];
      return response(201).json(membership);
    }),
    http.post(
      '/api/v1/coalitions/{slug}/members/{actorSlug}/withdrawal',
      ({ request, response }) => {
        requests.push(request);
        state.members = state.members.map((item) =>
          item.actor?.slug === 'latitudes' ? { ...item, status: 'WITHDRAWN' } : item,
        );
        return response(200).json(state.members[0] ?? {});
      },
    ),
  );
  return requests;
}

const member: Schemas['Account'] = {
  subject: 's',
  name: 'Camille Martin',
  roles: ['member'],
  actors: [latitudes, atelier],
};

describe('Joining a coalition', () => {
  it('proposes one of the member’s actors with a role and a commitment, then shows it pending', async () => {
    const requests = stub(member, { members: [] });
    const { user } = renderApp(`/coalitions/${slug}`, { auth: fakeAuth(['member']) });
    const join = await screen.findByRole('region', { name: 'Rejoindre cette coalition' });
    await user.click(within(join).getByRole('button', { name: 'Proposer une organisation' }));

    const actor = within(join).getByRole('combobox', { name: 'Organisation' });
    expect(actor).toHaveFocus();
    expect(
      within(actor)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Latitudes', 'Atelier paysan']);
    await user.selectOptions(actor, 'atelier');
    // Pilots are named by the coordinators: only three roles are offered.
    expect(within(join).getAllByRole('radio')).toHaveLength(3);
    await user.click(within(join).getByRole('radio', { name: /Allié/ }));
    // The commitment is required.
    await user.click(within(join).getByRole('button', { name: 'Envoyer la demande' }));
    const commitment = within(join).getByRole('textbox', { name: /L’engagement/ });
    expect(commitment).toHaveAccessibleDescription(/Ce champ est obligatoire/);
    expect(requests).toHaveLength(0);
    await user.type(commitment, 'Relayer les travaux');
    await user.click(within(join).getByRole('button', { name: 'Envoyer la demande' }));

    const status = within(join).getByRole('status');
    await waitFor(() => {
      expect(status).toHaveTextContent(
        'Demande envoyée : Atelier paysan attend la décision des coordinateurs de la coalition.',
      );
    });
    expect(status).toHaveFocus();
    expect(await requests[0]?.json()).toEqual({
      actor: 'atelier',
      role: 'ALLY',
      commitment: 'Relayer les travaux',
    });
    // The coalition is read again: the request is pending, and may be withdrawn.
    const mine = await within(join).findByRole('list', {
      name: 'Vos organisations dans cette coalition',
    });
    expect(mine).toHaveTextContent(
      'Atelier paysan : demande en attente de la décision des coordinateurs (Allié).',
    );
    expect(
      within(mine).getByRole('button', { name: 'Retirer la demande de Atelier paysan' }),
    ).toBeVisible();
    expect(within(join).getByRole('link', { name: /Voir toutes mes demandes/ })).toHaveAttribute(
      'href',
      '/my-commitments',
    );
  });

  it('places a 400 problem’s field error on its field', async () => {
    stub(member, { members: [] }, () =>
      problemResponse(400, {
        title: 'Invalid request',
        errors: [{ field: 'commitment', message: 'trop vague' }],
      }),
    );
    const { user } = renderApp(`/coalitions/${slug}`, { auth: fakeAuth(['member']) });
    const join = await screen.findByRole('region', { name: 'Rejoindre cette coalition' });
    await user.click(within(join).getByRole('button', { name: 'Proposer une organisation' }));
    const commitment = within(join).getByRole('textbox', { name: /L’engagement/ });
    await user.type(commitment, 'Aider');
    await user.click(within(join).getByRole('button', { name: 'Envoyer la demande' }));
    await waitFor(() => {
      expect(commitment).toHaveAccessibleDescription(/trop vague/);
    });
    expect(commitment).toHaveFocus();
    expect(within(join).getByRole('alert')).toHaveTextContent(
      'Le serveur a refusé certains champs',
    );
  });

  it('shows a 403 in the problem component', async () => {
    stub(member, { members: [] }, () =>
      problemResponse(403, { title: 'Forbidden', detail: 'Not an account of this actor' }),
    );
    const { user } = renderApp(`/coalitions/${slug}`, { auth: fakeAuth(['member']) });
    const join = await screen.findByRole('region', { name: 'Rejoindre cette coalition' });
    await user.click(within(join).getByRole('button', { name: 'Proposer une organisation' }));
    await user.type(within(join).getByRole('textbox', { name: /L’engagement/ }), 'Aider');
    await user.click(within(join).getByRole('button', { name: 'Envoyer la demande' }));
    const alert = await within(join).findByRole('alert');
    expect(alert).toHaveTextContent('Votre compte ne peut pas faire cette modification.');
    expect(alert).toHaveTextContent('Not an account of this actor');
  });

  it('withdraws a request after a confirmation', async () => {
    const requests = stub(member, {
      members: [
        { actor: latitudes, role: 'CONTRIBUTOR', status: 'PROPOSED', commitment: 'Des outils' },
      ],
    });
    const { user } = renderApp(`/coalitions/${slug}`, { auth: fakeAuth(['member']) });
    const join = await screen.findByRole('region', { name: 'Rejoindre cette coalition' });
    await user.click(
      await within(join).findByRole('button', { name: 'Retirer la demande de Latitudes' }),
    );
    const confirm = within(join).getByRole('button', {
      name: 'Confirmer le retrait de Latitudes',
    });
    expect(confirm).toHaveFocus();
    await user.click(confirm);
    await waitFor(() => {
      expect(within(join).getByRole('status')).toHaveTextContent(
        'Latitudes : l’engagement est retiré.',
      );
    });
    expect(requests[0]?.method).toBe('POST');
    expect(await within(join).findByText('Latitudes : Contributeur, retiré.')).toBeVisible();
    // Withdrawn, Latitudes may be proposed again.
    expect(within(join).getByRole('button', { name: 'Proposer une organisation' })).toBeVisible();
  });

  it('tells a member without actors how to get linked to one', async () => {
    stub({ subject: 's', name: 'Sam', roles: ['member'], actors: [] }, { members: [] });
    renderApp(`/coalitions/${slug}`, { auth: fakeAuth(['member']) });
    const join = await screen.findByRole('region', { name: 'Rejoindre cette coalition' });
    expect(join).toHaveTextContent(/demandez à un administrateur/);
    expect(within(join).queryByRole('button')).not.toBeInTheDocument();
  });

  it('is not offered to anonymous readers', async () => {
    stub(member, { members: [] });
    renderApp(`/coalitions/${slug}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Formations numériques' }),
    ).toBeVisible();
    await screen.findByRole('region', { name: 'Suggestions acceptées' });
    expect(
      screen.queryByRole('region', { name: 'Rejoindre cette coalition' }),
    ).not.toBeInTheDocument();
  });
});
