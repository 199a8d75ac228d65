import { screen, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { stubApi } from '@/testing/api-stub';
import { renderApp } from '@/testing/render';
import { centreOf } from '@/features/territories/components/france-map';

const tree: Schemas['TerritoryNode'][] = [
  {
    slug: 'france',
    name: 'France',
    kind: 'NATIONAL',
    code: 'FR',
    children: [
      {
        slug: 'hauts-de-france',
        name: 'Hauts-de-France',
        kind: 'REGION',
        code: '32',
        children: [
          {
            slug: 'nord',
            name: 'Nord',
            kind: 'DEPARTEMENT',
            code: '59',
            children: [
              {
                slug: 'mel',
                name: 'Métropole Européenne de Lille',
                kind: 'METROPOLIS',
                code: '200093201',
                children: [],
              },
            ],
          },
        ],
      },
    ],
  },
];

describe('Map of the territories', () => {
  it('shades a département by the coalitions declined in it or below, as a link to its page', async () => {
    stubApi({
      '/api/v1/territories': tree,
      '/api/v1/territories/coalition-counts': [
        { territory: { slug: 'mel', name: 'Métropole Européenne de Lille' }, coalitions: 2 },
      ],
      '/api/v1/territories/nord': { slug: 'nord', name: 'Nord', kind: 'DEPARTEMENT' },
    });
    const { user } = renderApp('/map');

    const map = await screen.findByRole('figure');
    const nord = within(map).getByRole('link', { name: 'Nord : 2 coalitions déclinées' });
    expect(nord).toHaveAttribute('href', '/territories/nord');
    // The metropolis is a point at the centre of its département.
    expect(
      within(map).getByRole('link', {
        name: 'Métropole Européenne de Lille (métropole) : 2 coalitions déclinées',
      }),
    ).toHaveAttribute('href', '/territories/mel');
    // Départements that are not in the tree are drawing only, not links.
    expect(within(map).getAllByRole('link')).toHaveLength(2);
    // The tree, the accessible alternative, lists the metropolis.
    const treeSection = screen.getByRole('region', { name: 'Arbre des territoires' });
    expect(
      within(treeSection).getByRole('link', { name: /Métropole Européenne de Lille/ }),
    ).toBeVisible();

    await user.click(nord);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nord' })).toBeVisible();
  });

  it('shades a region, drawn as its départements, as a link to its page', async () => {
    stubApi({
      '/api/v1/territories': tree,
      '/api/v1/territories/coalition-counts': [
        { territory: { slug: 'mel', name: 'Métropole Européenne de Lille' }, coalitions: 2 },
        { territory: { slug: 'hauts-de-france', name: 'Hauts-de-France' }, coalitions: 1 },
      ],
    });
    const { user } = renderApp('/map');
    const levels = await screen.findByRole('navigation', { name: 'Découpage de la carte' });
    expect(within(levels).getByRole('link', { name: 'Départements' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await user.click(within(levels).getByRole('link', { name: 'Régions' }));
    const map = await screen.findByRole('figure');
    const region = await within(map).findByRole('link', {
      name: 'Hauts-de-France : 3 coalitions déclinées',
    });
    expect(region).toHaveAttribute('href', '/territories/hauts-de-france');
    // Its five départements are drawn inside the one link; no département is a link of its own.
    expect(region.querySelectorAll('path')).toHaveLength(5);
    expect(within(map).queryByRole('link', { name: /^Nord/ })).not.toBeInTheDocument();
  });

  it('finds the centre of a path of relative moves', () => {
    expect(centreOf('m 0,0 10,0 0,10 z m 20,20 1,1 z')).toEqual({ x: 10.5, y: 10.5 });
  });
});
