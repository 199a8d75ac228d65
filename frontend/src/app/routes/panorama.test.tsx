import { screen, within, waitFor } from '@testing-library/react';
import { json, stubApi } from '@/testing/api-stub';
import { panorama } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

describe('Panorama', () => {
  it('shows each axis with its keyword cloud, its coalitions and the totals', async () => {
    stubApi({ '/api/v1/panorama': panorama });
    renderApp('/');

    const axis = await screen.findByRole('region', { name: 'Dimension environnementale' });
    expect(within(axis).getByText('1 coalition dans cet axe')).toBeVisible();
    const cloud = within(axis).getByRole('list', { name: 'Mots-clés de l’axe' });
    expect(within(cloud).getByRole('link', { name: 'communs (3 coalitions)' })).toBeVisible();
    expect(within(axis).getByRole('link', { name: /#3 Pour des formations/ })).toHaveAttribute(
      'href',
      '/coalitions/formations-superieures-numeriques-ethiques',
    );
    const totals = screen.getByRole('region', { name: 'Chiffres clés' });
    expect(within(totals).getByText('acteurs').nextElementSibling).toHaveTextContent('6');
    await waitFor(() => {
      expect(document.title).toBe('Panorama des coalitions · Fabrique');
    });
  });

  it('explains that the API is down and offers to retry, then shows the data', async () => {
    let calls = 0;
    stubApi({
      '/api/v1/panorama': () => {
        calls += 1;
        if (calls === 1) throw new TypeError('Failed to fetch');
        return json(panorama);
      },
    });
    const { user } = renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Les données ne sont pas disponibles');
    expect(alert).toHaveTextContent('Le serveur de Fabrique ne répond pas');

    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));

    expect(await screen.findByRole('region', { name: 'Dimension environnementale' })).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('reports a server error with its status', async () => {
    stubApi({
      '/api/v1/panorama': () => json({ title: 'Internal Server Error', status: 500 }, 500),
    });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('(500)');
  });

  it('lists the missing subjects and potential allies that moderators accepted', async () => {
    const [first, ...others] = panorama.axes ?? [];
    stubApi({
      '/api/v1/panorama': {
        ...panorama,
        axes: [
          {
            ...first,
            missingSubjects: [
              { id: 1, kind: 'MISSING_SUBJECT', title: 'Sobriété des services publics' },
            ],
            potentialAllies: [
              {
                id: 2,
                kind: 'POTENTIAL_ALLY',
                title: 'Latitudes',
                actor: { slug: 'latitudes', name: 'Latitudes', kind: 'ASSOCIATION' },
              },
            ],
          },
          ...others,
        ],
      },
    });
    renderApp('/');

    const axis = await screen.findByRole('region', { name: 'Dimension environnementale' });
    expect(within(axis).getByRole('heading', { name: 'Sujets manquants suggérés' })).toBeVisible();
    expect(within(axis).getByText('Sobriété des services publics')).toBeVisible();
    expect(within(axis).getByRole('link', { name: 'Latitudes' })).toHaveAttribute(
      'href',
      '/actors/latitudes',
    );
  });

  it('shows each coalition card with its health', async () => {
    stubApi({
      '/api/v1/panorama': {
        ...panorama,
        health: {
          'formations-superieures-numeriques-ethiques': {
            slug: 'formations-superieures-numeriques-ethiques',
            stage: 'FORMING',
            allies: { sought: 5, found: 2, problems: 3, problemsWithAllies: 1 },
            impacts: { total: 2, measured: 1, progress: 0.35 },
            stageTime: { since: '2026-01-01T00:00:00Z', days: 40, source: 'LAST_UPDATE' },
            recentActivity: { days: 90, notes: 1, comments: 3, newMemberships: 2 },
          },
        },
      },
    });
    renderApp('/');

    const axis = await screen.findByRole('region', { name: 'Dimension environnementale' });
    expect(axis.querySelector('dl.health')).toHaveAttribute('aria-label', 'Santé de la coalition');
    const health = axis;
    expect(within(health).getByText('2 trouvés pour 5 recherchés')).toBeVisible();
    expect(within(health).getByText(/35\s%\sde la cible/)).toBeVisible();
    expect(within(health).getByText('depuis 40 jours')).toBeVisible();
    expect(within(health).getByText('1 note(s), 3 commentaire(s), 2 adhésion(s)')).toBeVisible();
    expect(screen.getByRole('link', { name: /graphe des alliances/ })).toHaveAttribute(
      'href',
      '/graph',
    );
  });

  it('says when there is no axis yet', async () => {
    stubApi({ '/api/v1/panorama': { axes: [], totals: {} } });
    renderApp('/');
    expect(await screen.findByText('Aucun axe thématique pour le moment.')).toBeVisible();
  });
});
