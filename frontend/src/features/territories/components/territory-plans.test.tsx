import { screen } from '@testing-library/react';
import { TerritoryPlans } from '@/features/territories/components/territory-plans';
import { stubApi } from '@/testing/api-stub';
import { renderComponent } from '@/testing/render';

describe('TerritoryPlans', () => {
  it('lists the planning documents with the territorial coalitions each carries', async () => {
    stubApi({
      '/api/v1/territories/metropole-europeenne-de-lille/plans': [
        {
          kind: 'DIGITAL_MASTER_PLAN',
          title: 'Schéma directeur du numérique de la métropole (exemple)',
          sample: true,
          coalitions: [
            {
              number: 3,
              slug: 'formations-superieures-numeriques-ethiques',
              title: 'Pour des formations',
              stage: 'FORMING',
              languages: { original: 'fr', texts: { title: 'fr' } },
            },
          ],
        },
      ],
    });
    renderComponent(<TerritoryPlans slug="metropole-europeenne-de-lille" />);
    expect(
      await screen.findByRole('heading', {
        name: 'Schéma directeur du numérique de la métropole (exemple)',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Schéma directeur du numérique')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '#3 Pour des formations' })).toHaveAttribute(
      'href',
      '/coalitions/formations-superieures-numeriques-ethiques',
    );
  });

  it('shows nothing for a territory without plans', async () => {
    const spy = stubApi({ '/api/v1/territories/nord/plans': [] });
    renderComponent(<TerritoryPlans slug="nord" />);
    await vi.waitFor(() => {
      expect(spy).toHaveBeenCalled();
    });
    expect(screen.queryByRole('heading', { name: /planification|Planning/ })).toBeNull();
  });
});
