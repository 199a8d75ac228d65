import { screen, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { stubApi } from '@/testing/api-stub';
import { renderApp, renderComponent } from '@/testing/render';
import { TerritoriesSideBySide } from '@/features/exchanges/components/territories-side-by-side';

const mel = { slug: 'mel', name: 'Métropole Européenne de Lille', kind: 'METROPOLIS' as const };
const region = { slug: 'hdf', name: 'Hauts-de-France', kind: 'REGION' as const };
const formations = { slug: 'formations', number: 3, title: 'Formations numériques' };

const report = (
  id: number,
  territory: Schemas['TerritorySummary'],
  title: string,
  sample = false,
): Schemas['ExperienceReport'] => ({
  id,
  exchange: { slug: 'echanges', title: 'Échanges #Reset' },
  territory,
  coalition: formations,
  title,
  body: `Ce que ${territory.name ?? ''} a fait.`,
  sample,
});

describe('exchanges', () => {
  it('lists the exchanges with their territories and number of reports', async () => {
    stubApi({
      '/api/v1/exchanges': [
        {
          slug: 'echanges',
          title: 'Échanges #Reset',
          territories: [mel, region],
          coalitions: [formations],
          reportCount: 2,
          sample: false,
        },
      ],
    });
    renderApp('/exchanges');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Échanges entre territoires' }),
    ).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Échanges #Reset' })).toHaveAttribute(
      'href',
      '/exchanges/echanges',
    );
    expect(screen.getByText('2 retours d’expérience')).toBeVisible();
    expect(screen.getByText(/Métropole Européenne de Lille · Hauts-de-France/)).toBeVisible();
  });

  it('shows an exchange’s reports under each territory taking part', async () => {
    stubApi({
      '/api/v1/exchanges/echanges': {
        slug: 'echanges',
        title: 'Échanges #Reset',
        description: 'Partager pratiques et expériences.',
        territories: [mel, region],
        coalitions: [formations],
        reports: [
          report(1, mel, 'Des coalitions à plusieurs niveaux'),
          report(2, region, 'Relayer', true),
        ],
        sample: false,
      },
    });
    renderApp('/exchanges/echanges');
    expect(await screen.findByRole('heading', { level: 1, name: /Échanges #Reset/ })).toBeVisible();
    const melReports = screen.getByRole('region', { name: 'Métropole Européenne de Lille' });
    expect(
      within(melReports).getByRole('heading', {
        level: 4,
        name: 'Des coalitions à plusieurs niveaux',
      }),
    ).toBeVisible();
    const regionReports = screen.getByRole('region', { name: 'Hauts-de-France' });
    expect(within(regionReports).getByText('exemple')).toBeVisible();
    for (const link of screen.getAllByRole('link', { name: '#3 Formations numériques' })) {
      expect(link).toHaveAttribute('href', '/coalitions/formations');
    }
  });

  it('sets a coalition’s territories side by side with their reports', () => {
    renderComponent(
      <TerritoriesSideBySide
        declensions={[
          {
            territory: mel,
            positioning: 'CONTRIBUTOR',
            status: 'COMMITMENTS_SET',
            commitments: 'Tenir un module',
          },
          { territory: region, positioning: 'PILOT', status: 'PARTNERS_SOUGHT' },
        ]}
        reports={[report(2, region, 'Relayer auprès des universités')]}
      />,
    );
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['Métropole Européenne de Lille', 'Hauts-de-France']);
    const commitments = within(table).getByRole('row', { name: /^Engagements/ });
    expect(commitments).toHaveTextContent('Tenir un module');
    expect(
      within(table).getByRole('link', { name: 'Relayer auprès des universités' }),
    ).toHaveAttribute('href', '/exchanges/echanges#report-2');
  });
});
