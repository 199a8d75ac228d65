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
const mel = { slug: 'metropole-europeenne-de-lille', name: 'Métropole Européenne de Lille' };
const manager: Schemas['Account'] = {
  subject: 's',
  name: 'Dominique Leroy',
  roles: ['member', 'territory-manager'],
  territories: [mel],
};

/**
 * The coalition page for `me`; `state.declensions` is what the coalition's territories answer (a
 * declaration adds one). `declare` may answer the declaration instead (a problem).
 */
function stub(
  me: Schemas['Account'],
  state: { declensions: Schemas['TerritorialCoalition'][] },
  declare: () => Response | undefined = () => undefined,
) {
  const bodies: Schemas['TerritorialCoalitionInput'][] = [];
  const empty = page([]);
  api.use(
    http.get('/api/v1/coalitions/{slug}', ({ response }) =>
      response(200).json({ number: 3, slug, title: 'Formations numériques' }),
    ),
    http.get('/api/v1/coalitions/{slug}/permissions', ({ response }) =>
      response(200).json({ edit: false }),
    ),
    http.get('/api/v1/coalitions/{slug}/suggestions', ({ response }) => response(200).json(empty)),
    http.get('/api/v1/coalitions/{slug}/territories', ({ response }) =>
      response(200).json(page(state.declensions)),
    ),
    http.post('/api/v1/coalitions/{slug}/territories', async ({ params, request, response }) => {
      expect(params.slug).toBe(slug);
      const body = await request.json();
      bodies.push(body);
      const refused = declare();
      if (refused) return refused;
      const created: Schemas['TerritorialCoalition'] = {
        coalition: { number: 3, slug, title: 'Formations numériques' },
        territory: mel,
        positioning: body.positioning,
        status: 'IDENTIFIED',
      };
      state.declensions = [created];
      return response(201).json(created);
    }),
    http.get('/api/v1/events', ({ response }) => response(200).json(empty)),
    http.get('/api/v1/notes', ({ response }) => response(200).json(empty)),
    http.get('/api/v1/testimonies', ({ response }) => response(200).json(empty)),
    http.get('/api/v1/me', ({ response }) => response(200).json(me)),
  );
  return bodies;
}

async function positioningSection() {
  return screen.findByRole('region', { name: 'Le positionnement de votre territoire' });
}

describe('Territory positioning', () => {
  it('lets a territory manager declare their territory’s positioning, then complete it', async () => {
    const bodies = stub(manager, { declensions: [] });
    const { user } = renderApp(`/coalitions/${slug}`, {
      auth: fakeAuth(['member', 'territory-manager']),
    });
    const section = await positioningSection();
    const group = within(section).getByRole('group', {
      name: 'Positionnement de Métropole Européenne de Lille',
    });
    // Contributor is chosen until the manager says otherwise.
    expect(within(group).getByRole('radio', { name: /Contributeur/ })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: /Pilote/ }));
    await user.click(within(section).getByRole('button', { name: 'Déclarer le positionnement' }));

    await waitFor(() => {
      expect(within(section).getByRole('status')).toHaveTextContent(
        'Positionnement déclaré : Métropole Européenne de Lille, Pilote.',
      );
    });
    expect(bodies).toEqual([{ territory: mel.slug, positioning: 'PILOT' }]);
    // The existing declension edit page completes it.
    expect(
      await within(section).findByRole('link', {
        name: 'Compléter la déclinaison de Métropole Européenne de Lille',
      }),
    ).toHaveAttribute('href', `/coalitions/${slug}/territories/${mel.slug}/edit`);
  });

  it('places a 400 problem’s field error on the choice', async () => {
    stub(manager, { declensions: [] }, () =>
      problemResponse(400, {
        title: 'Invalid request',
        errors: [{ field: 'positioning', message: 'déjà piloté par un autre territoire' }],
      }),
    );
    const { user } = renderApp(`/coalitions/${slug}`, {
      auth: fakeAuth(['member', 'territory-manager']),
    });
    const section = await positioningSection();
    await user.click(within(section).getByRole('radio', { name: /Pilote/ }));
    await user.click(within(section).getByRole('button', { name: 'Déclarer le positionnement' }));
    const group = within(section).getByRole('group', {
      name: 'Positionnement de Métropole Européenne de Lille',
    });
    await waitFor(() => {
      expect(group).toHaveAccessibleDescription('déjà piloté par un autre territoire');
    });
    expect(within(section).getByRole('alert')).toHaveTextContent(
      'Le serveur a refusé certains champs',
    );
    // Still a form: nothing was declared.
    expect(within(section).queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows a 403 in the problem component', async () => {
    stub(manager, { declensions: [] }, () =>
      problemResponse(403, { title: 'Forbidden', detail: 'Not a manager of this territory' }),
    );
    const { user } = renderApp(`/coalitions/${slug}`, {
      auth: fakeAuth(['member', 'territory-manager']),
    });
    const section = await positioningSection();
    await user.click(within(section).getByRole('button', { name: 'Déclarer le positionnement' }));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Votre compte ne peut pas faire cette modification.');
    expect(alert).toHaveTextContent('Not a manager of this territory');
    expect(
      within(section).getByRole('button', { name: 'Déclarer le positionnement' }),
    ).toBeEnabled();
  });

  it('links a declared positioning to the declension’s edit page', async () => {
    stub(manager, {
      declensions: [{ territory: mel, positioning: 'CONTRIBUTOR', coalition: { slug } }],
    });
    renderApp(`/coalitions/${slug}`, { auth: fakeAuth(['member', 'territory-manager']) });
    const section = await positioningSection();
    expect(section).toHaveTextContent('Métropole Européenne de Lille : Contributeur.');
    expect(
      within(section).getByRole('link', {
        name: 'Modifier le positionnement et la déclinaison de Métropole Européenne de Lille',
      }),
    ).toHaveAttribute('href', `/coalitions/${slug}/territories/${mel.slug}/edit`);
    expect(within(section).queryByRole('radio')).not.toBeInTheDocument();
  });

  it('is not shown to other members', async () => {
    stub({ subject: 's', name: 'Camille', roles: ['member'], actors: [] }, { declensions: [] });
    renderApp(`/coalitions/${slug}`, { auth: fakeAuth(['member']) });
    await screen.findByRole('region', { name: 'Rejoindre cette coalition' });
    expect(
      screen.queryByRole('region', { name: 'Le positionnement de votre territoire' }),
    ).not.toBeInTheDocument();
  });
});
