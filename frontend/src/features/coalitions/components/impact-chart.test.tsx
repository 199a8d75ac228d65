import { screen, within } from '@testing-library/react';
import { ImpactChart } from '@/features/coalitions/components/impact-chart';
import { impact } from '@/testing/fixtures';
import { renderComponent } from '@/testing/render';

describe('ImpactChart', () => {
  it('draws the measures against the target as an image with a text alternative', () => {
    renderComponent(<ImpactChart impact={impact} />);

    const chart = screen.getByRole('img', {
      name: 'Mesures de « Des cursus qui intègrent ces questions » comparées à la cible de 50 %',
    });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.querySelectorAll('.impact-chart__bar rect')).toHaveLength(2);
  });

  it('gives the same measures as a table', () => {
    renderComponent(<ImpactChart impact={impact} />);

    const table = screen.getByRole('table', {
      name: 'Mesures de « Des cursus qui intègrent ces questions »',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3); // header + two measures
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('30 juin 2021');
    expect(within(table).getAllByRole('cell')[3]).toHaveTextContent('30 %'); // 2nd row, value
    expect(within(table).getAllByRole('cell', { name: '50 %' })).toHaveLength(2);
  });

  it('shows baseline, target and progress', () => {
    renderComponent(<ImpactChart impact={impact} />);
    expect(screen.getByText('Point de départ').nextElementSibling).toHaveTextContent('10 %');
    expect(screen.getByText('Cible', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      '50 %',
    );
    expect(screen.getByText('Progression').nextElementSibling).toHaveTextContent(/50\s?%/);
  });

  it('says when there is no measure yet, without chart or table', () => {
    renderComponent(<ImpactChart impact={{ ...impact, measures: [], progress: null }} />);
    expect(screen.getByText('Pas encore de mesure.')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
