import { screen, within } from '@testing-library/react';
import { KeywordCloud, keywordSize } from '@/features/axes/components/keyword-cloud';
import { renderComponent } from '@/testing/render';

describe('KeywordCloud', () => {
  const keywords = [
    { term: 'communs', weight: 3 },
    { term: 'formation', weight: 1 },
    { term: 'éthique', weight: 2 },
  ];

  it('lists each keyword as a link to the coalitions of the axis with that keyword', () => {
    renderComponent(
      <>
        <h2 id="cloud">Mots-clés</h2>
        <KeywordCloud axisSlug="environnement" keywords={keywords} labelledBy="cloud" />
      </>,
    );

    const list = screen.getByRole('list', { name: 'Mots-clés' });
    const links = within(list).getAllByRole('link');
    expect(links).toHaveLength(3);
    const communs = within(list).getByRole('link', { name: /communs/ });
    const href = new URL(communs.getAttribute('href') ?? '', 'http://x');
    expect(href.pathname).toBe('/coalitions');
    expect(href.searchParams.get('keyword')).toBe('communs');
    expect(href.searchParams.get('axis')).toBe('environnement');
  });

  it('announces each weight in the link text and sizes heavier keywords bigger', () => {
    renderComponent(<KeywordCloud axisSlug="environnement" keywords={keywords} />);

    const heavy = screen.getByRole('link', { name: 'communs (3 coalitions)' });
    const light = screen.getByRole('link', { name: 'formation (1 coalition)' });
    expect(parseFloat(heavy.style.fontSize)).toBeGreaterThan(parseFloat(light.style.fontSize));
  });

  it('says so when the axis has no keyword', () => {
    renderComponent(<KeywordCloud axisSlug="environnement" keywords={[]} />);
    expect(screen.getByText('Pas encore de mots-clés.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('scales sizes linearly between the lightest and the heaviest weight', () => {
    expect(keywordSize(1, 1, 3)).toBeLessThan(keywordSize(2, 1, 3));
    expect(keywordSize(2, 1, 3)).toBeLessThan(keywordSize(3, 1, 3));
    expect(keywordSize(5, 5, 5)).toBe(keywordSize(1, 1, 1));
  });
});
