import { screen, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { page, requestedUrls, stubApi } from '@/testing/api-stub';
import { renderApp } from '@/testing/render';

const graph: Schemas['AllianceGraph'] = {
  nodes: [
    {
      id: 'coalition:communs',
      kind: 'COALITION',
      label: '#1 Communs numériques',
      slug: 'communs',
      detail: 'FORMING',
      alliesSought: [],
      degree: 3,
    },
    {
      id: 'coalition:formations',
      kind: 'COALITION',
      label: '#3 Formations',
      slug: 'formations',
      detail: 'ACTING',
      alliesSought: [],
      degree: 1,
    },
    {
      id: 'problem:7',
      kind: 'PROBLEM',
      label: 'Financer les communs',
      slug: 'communs',
      alliesSought: ['fondations'],
      degree: 1,
    },
    {
      id: 'actor:latitudes',
      kind: 'ACTOR',
      label: 'Latitudes',
      slug: 'latitudes',
      detail: 'ASSOCIATION',
      alliesSought: [],
      degree: 2,
    },
    {
      id: 'territory:mel',
      kind: 'TERRITORY',
      label: 'Métropole Européenne de Lille',
      slug: 'mel',
      detail: 'METROPOLIS',
      alliesSought: [],
      degree: 1,
    },
  ],
  edges: [
    {
      source: 'actor:latitudes',
      target: 'coalition:communs',
      kind: 'MEMBER_OF',
      label: 'PILOT CONFIRMED',
    },
    {
      source: 'actor:latitudes',
      target: 'coalition:formations',
      kind: 'MEMBER_OF',
      label: 'ALLY CONFIRMED',
    },
    { source: 'coalition:communs', target: 'problem:7', kind: 'FACES_PROBLEM' },
    { source: 'coalition:communs', target: 'territory:mel', kind: 'IN_TERRITORY' },
  ],
  measures: {
    bridges: [
      {
        node: 'actor:latitudes',
        label: 'Latitudes',
        coalitions: ['coalition:communs', 'coalition:formations'],
      },
    ],
    problemsWithoutAllies: ['problem:7'],
  },
};

function stub() {
  return stubApi({
    '/api/v1/graph': graph,
    '/api/v1/axes': [{ slug: 'environnement', name: 'Dimension environnementale' }],
    '/api/v1/territories/list': page([{ slug: 'mel', name: 'Métropole Européenne de Lille' }]),
  });
}

describe('Alliance graph', () => {
  it('degrades to the lists when the drawing cannot start, and shows the measures', async () => {
    stub();
    renderApp('/graph');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Graphe des alliances' }),
    ).toBeVisible();
    // jsdom has no WebGL: the page says so and the lists stand for the drawing.
    expect(await screen.findByText(/n’a pas pu démarrer/)).toBeVisible();
    const bridges = screen.getByRole('list', { name: 'Acteurs qui relient des coalitions' });
    expect(within(bridges).getByRole('link', { name: 'Latitudes' })).toHaveAttribute(
      'href',
      '/actors/latitudes',
    );
    expect(within(bridges).getByText(/membre de 2 coalitions/)).toBeVisible();
    const unallied = screen.getByRole('list', { name: 'Problèmes sans allié' });
    expect(within(unallied).getByRole('link', { name: 'Financer les communs' })).toHaveAttribute(
      'href',
      '/coalitions/communs',
    );
  });

  it('goes from a node to its neighbours and on, with the keyboard', async () => {
    stub();
    const { user } = renderApp('/graph');

    const actors = await screen.findByRole('list', { name: 'Acteurs (1)' });
    within(actors).getByRole('button', { name: 'Voir les voisins de Latitudes' }).focus();
    await user.keyboard('{Enter}');

    const heading = await screen.findByRole('heading', { name: 'Voisins de Latitudes' });
    await vi.waitFor(() => {
      expect(heading).toHaveFocus();
    });
    const panel = screen.getByRole('region', { name: 'Voisins de Latitudes' });
    expect(within(panel).getByRole('link', { name: '#1 Communs numériques' })).toHaveAttribute(
      'href',
      '/coalitions/communs',
    );
    expect(within(panel).getByText(/membre de, PILOT CONFIRMED/)).toBeVisible();

    await user.click(
      within(panel).getByRole('button', { name: 'Voir les voisins de #1 Communs numériques' }),
    );
    const next = await screen.findByRole('heading', { name: 'Voisins de #1 Communs numériques' });
    await vi.waitFor(() => {
      expect(next).toHaveFocus();
    });
    const nextPanel = screen.getByRole('region', { name: 'Voisins de #1 Communs numériques' });
    expect(
      within(nextPanel).getByRole('link', { name: 'Métropole Européenne de Lille' }),
    ).toHaveAttribute('href', '/territories/mel');
    expect(within(nextPanel).getByText(/Alliés recherchés|affronte le problème/)).toBeVisible();
  });

  it('sends the filters of the form to the API', async () => {
    const spy = stub();
    const { user } = renderApp('/graph');

    const form = await screen.findByRole('form', { name: 'Filtrer le graphe' });
    await screen.findByRole('option', { name: 'Dimension environnementale' });
    await user.selectOptions(within(form).getByLabelText('Axe'), 'environnement');
    await user.selectOptions(within(form).getByLabelText('Étape'), 'forming');
    await user.click(within(form).getByRole('button', { name: 'Filtrer' }));

    await screen.findByRole('heading', { level: 1, name: 'Graphe des alliances' });
    await vi.waitFor(() => {
      const asked = requestedUrls(spy).filter((u) => u.pathname === '/api/v1/graph');
      expect(asked.at(-1)?.searchParams.get('axis')).toBe('environnement');
      expect(asked.at(-1)?.searchParams.get('stage')).toBe('forming');
    });
  });
});
