import { screen, waitFor } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { json, page, stubApi } from '@/testing/api-stub';
import { fakeAuth } from '@/testing/fake-auth';
import { renderApp } from '@/testing/render';

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
  partners: [{ scope: 'TERRITORIAL', status: 'SOUGHT', label: 'Une université' }],
};
const base = `/api/v1/coalitions/formations/territories/${mel.slug ?? ''}`;

function routes(me: Schemas['Account'], onPut?: (request: Request) => Response) {
  return {
    '/api/v1/me': me,
    [`/api/v1/territories/${mel.slug ?? ''}`]: mel,
    [`/api/v1/territories/${mel.slug ?? ''}/coalitions`]: page([declension]),
    [`/api/v1/territories/${mel.slug ?? ''}/resources`]: page([]),
    [`/api/v1/territories/${mel.slug ?? ''}/initiatives`]: page([]),
    '/api/v1/events': page([]),
    '/api/v1/actors': page([]),
    '/api/v1/coalitions/formations/permissions': { edit: false },
    [base]: (_url: URL, request: Request) =>
      request.method === 'PUT' && onPut
        ? onPut(request)
        : new Response(JSON.stringify(declension), {
            headers: { 'Content-Type': 'application/json', ETag: '"d1"' },
          }),
  };
}

const manager: Schemas['Account'] = {
  subject: 's',
  name: 'Dominique Leroy',
  roles: ['member', 'territory-manager'],
  territories: [{ slug: 'hauts-de-france', name: 'Hauts-de-France' }],
};

describe('Territorial declensions', () => {
  it('lets the manager of the territory (or one above) edit them, with If-Match', async () => {
    const puts: Request[] = [];
    stubApi(
      routes(manager, (request) => {
        puts.push(request);
        return json(declension);
      }),
    );
    const { user, router } = renderApp(`/territories/${mel.slug ?? ''}`, {
      auth: fakeAuth(['member', 'territory-manager']),
    });
    await user.click(
      await screen.findByRole('link', {
        name: 'Modifier la déclinaison (Formations numériques)',
      }),
    );
    // The declension's own status (the partner's is inside its fieldset, after it).
    const [status] = await screen.findAllByRole('combobox', { name: 'Statut' });
    if (!status) throw new Error('no status field');
    await user.selectOptions(status, 'ACTIVE');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe(`/territories/${mel.slug ?? ''}`);
    });
    expect(puts[0]?.headers.get('If-Match')).toBe('"d1"');
    expect(await puts[0]?.json()).toMatchObject({
      positioning: 'PILOT',
      status: 'ACTIVE',
      partners: [{ scope: 'TERRITORIAL', status: 'SOUGHT', label: 'Une université' }],
    });
  });

  it('shows no edit control to a member', async () => {
    stubApi(routes({ subject: 's', name: 'Membre', roles: ['member'], territories: [] }));
    const first = renderApp(`/territories/${mel.slug ?? ''}`, { auth: fakeAuth(['member']) });
    expect(await screen.findByRole('link', { name: /Formations numériques/ })).toBeVisible();
    expect(screen.queryByRole('link', { name: /Modifier la déclinaison/ })).not.toBeInTheDocument();
    first.router.dispose();
  });

  it('refuses the edit address to a member', async () => {
    stubApi(routes({ subject: 's', name: 'Membre', roles: ['member'], territories: [] }));
    renderApp(`/coalitions/formations/territories/${mel.slug ?? ''}/edit`, {
      auth: fakeAuth(['member']),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
  });
});
