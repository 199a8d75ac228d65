import { screen, within } from '@testing-library/react';
import { SearchResults } from '@/features/search/components/search-results';
import type { Schemas } from '@/lib/api-client';
import { renderComponent } from '@/testing/render';

const results: Schemas['SearchResults'] = {
  query: 'ethique',
  page: 0,
  size: 20,
  totalItems: 3,
  totalPages: 1,
  approximate: false,
  counts: { coalition: 1, testimony: 1, person: 1 },
  items: [
    {
      type: 'coalition',
      slug: 'formations-superieures-numeriques-ethiques',
      title: '#3 Pour des formations',
      excerpt: 'Un résumé',
      snippet: 'des questions <mark>éthiques</mark> &amp; <img src=x onerror=alert(1)>',
      titleMatch: true,
    },
    {
      type: 'testimony',
      title: 'Magali Roger',
      snippet: 'la <mark>médiation</mark>',
      titleMatch: false,
      context: { type: 'event', slug: 'reset-day-4', title: 'Reset Day 4' },
    },
    {
      type: 'person',
      slug: 'augustin-courtier',
      title: 'Augustin Courtier',
      titleMatch: false,
      context: { type: 'actor', slug: 'latitudes', title: 'Latitudes' },
    },
  ],
};

describe('SearchResults', () => {
  it('marks the matched words and keeps nothing else of the snippet’s markup', () => {
    renderComponent(<SearchResults results={results} />);
    const marks = document.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['éthiques', 'médiation']);
    expect(document.querySelector('img')).toBeNull();
  });

  it('opens a record without a page of its own on the page where it is shown', () => {
    renderComponent(<SearchResults results={results} />);
    const testimonies = screen.getByRole('region', { name: /Témoignages/ });
    expect(within(testimonies).getByRole('link', { name: 'Magali Roger' })).toHaveAttribute(
      'href',
      '/events/reset-day-4',
    );
    expect(within(testimonies).getByText('sur Reset Day 4')).toBeInTheDocument();
  });

  it('opens a person on their own page, not their actor’s', () => {
    renderComponent(<SearchResults results={results} />);
    const people = screen.getByRole('region', { name: /Personnes/ });
    expect(within(people).getByRole('link', { name: 'Augustin Courtier' })).toHaveAttribute(
      'href',
      '/people/augustin-courtier',
    );
    expect(within(people).queryByText('sur Latitudes')).not.toBeInTheDocument();
  });

  it('says when the results are only close titles', () => {
    renderComponent(<SearchResults results={{ ...results, approximate: true, query: 'comuns' }} />);
    expect(screen.getByText(/Aucun résultat exact pour « comuns »/)).toBeInTheDocument();
  });

  it('marks a hit’s texts in another language than the page’s with their language', () => {
    renderComponent(
      <SearchResults
        results={{
          ...results,
          counts: { coalition: 1 },
          items: [
            {
              type: 'coalition',
              slug: 'formations-superieures-numeriques-ethiques',
              title: '#3 For higher digital education',
              excerpt: 'Un résumé',
              titleMatch: true,
              languages: { original: 'fr', texts: { title: 'en', excerpt: 'fr', snippet: 'fr' } },
            },
          ],
        }}
      />,
      '/',
      { language: 'en' },
    );
    // The title is the translation: in the page's language, no lang of its own.
    expect(
      screen.getByRole('link', { name: '#3 For higher digital education' }).parentElement,
    ).not.toHaveAttribute('lang');
    expect(screen.getByText('Un résumé')).toHaveAttribute('lang', 'fr');
  });
});
