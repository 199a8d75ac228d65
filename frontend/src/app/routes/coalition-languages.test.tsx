import { screen, waitFor } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { page, stubApi } from '@/testing/api-stub';
import { renderApp } from '@/testing/render';

const slug = 'formations-superieures-numeriques-ethiques';

/** Coalition #3 as the API answers an English reader: title translated, summary not. */
const coalition: Schemas['Coalition'] = {
  number: 3,
  slug,
  title: 'For higher digital education',
  summary: 'Faire entrer les questions éthiques dans les formations.',
  intention: 'That every digital graduate can weigh the effects of what they design.',
  vision: 'Des cursus où l’éthique est un fil conducteur.',
  stage: 'FORMING',
  axes: [
    {
      slug: 'environnement',
      name: 'Environmental dimension',
      colour: '#2e7d32',
      languages: { original: 'fr', texts: { name: 'en' } },
    },
  ],
  // The canvas is translated part by part: one problem has its English title, one does not.
  problems: [
    {
      id: 1,
      title: 'La place de l’écologie est mal connue',
      languages: { original: 'fr', texts: { title: 'fr', description: 'fr' } },
    },
    {
      id: 2,
      title: 'The societal dimension is still missing',
      languages: { original: 'fr', texts: { title: 'en', description: 'fr' } },
    },
  ],
  languages: {
    original: 'fr',
    texts: { title: 'en', summary: 'fr', intention: 'en', vision: 'fr' },
  },
};

const note: Schemas['NoteSummary'] = {
  slug: 'notes-du-reset-day-4',
  title: 'Notes du Reset Day 4',
  excerpt: 'Le 21 avril 2020, une trentaine de participants…',
  languages: { original: 'fr', texts: { title: 'fr', excerpt: 'fr' } },
};

/** An event of the coalition whose title has no English translation. */
const event: Schemas['EventSummary'] = {
  slug: 'atelier-des-coalitions',
  title: 'Atelier des coalitions',
  kind: 'WORKSHOP',
  languages: { original: 'fr', texts: { title: 'fr' } },
};

function stub() {
  return stubApi({
    [`/api/v1/coalitions/${slug}`]: (_url: URL, request: Request) =>
      request.headers.get('Accept-Language') === 'en'
        ? coalition
        : { ...coalition, title: 'Pour des formations', languages: { original: 'fr', texts: {} } },
    [`/api/v1/coalitions/${slug}/territories`]: page([]),
    '/api/v1/events': page([event]),
    '/api/v1/notes': page([note]),
    '/api/v1/testimonies': page([]),
  });
}

describe('Texts of content in two languages', () => {
  it('opens a shared English link in English, asks the API in English and marks French texts', async () => {
    // The app starts in the language of the address (startI18n: lib/i18n.test.tsx).
    const spy = stub();
    const { router } = renderApp(`/coalitions/${slug}?lang=en`, { language: 'en' });

    const title = await screen.findByRole('heading', {
      level: 1,
      name: 'For higher digital education',
    });
    expect(document.documentElement.lang).toBe('en');
    // In the page's language: no lang of its own.
    expect(title).not.toHaveAttribute('lang');
    expect(screen.getByText(/That every digital graduate/)).not.toHaveAttribute('lang');
    expect(screen.getByText('Environmental dimension')).not.toHaveAttribute('lang');
    // French texts on an English page: marked.
    expect(screen.getByText(/Faire entrer les questions/)).toHaveAttribute('lang', 'fr');
    expect(screen.getByText(/Des cursus où/)).toHaveAttribute('lang', 'fr');
    expect(
      screen.getByRole('heading', { name: 'La place de l’écologie est mal connue' }),
    ).toHaveAttribute('lang', 'fr');
    expect(
      screen.getByRole('heading', { name: 'The societal dimension is still missing' }),
    ).not.toHaveAttribute('lang');
    expect(await screen.findByRole('link', { name: 'Notes du Reset Day 4' })).toHaveAttribute(
      'lang',
      'fr',
    );
    expect(await screen.findByRole('link', { name: 'Atelier des coalitions' })).toHaveAttribute(
      'lang',
      'fr',
    );
    expect(
      spy.mock.calls.every(([input]) => (input as Request).headers.get('Accept-Language') === 'en'),
    ).toBe(true);
    // The language stays in the address.
    expect(new URLSearchParams(router.state.location.search).get('lang')).toBe('en');
  });

  it('puts the language into addresses that lack it, and keeps it across navigation', async () => {
    stub();
    const { router } = renderApp(`/coalitions/${slug}`, { language: 'fr' });
    await screen.findByRole('heading', { level: 1, name: 'Pour des formations' });
    await waitFor(() => {
      expect(new URLSearchParams(router.state.location.search).get('lang')).toBe('fr');
    });
    expect(screen.getByText(/Faire entrer les questions/)).not.toHaveAttribute('lang');

    await router.navigate(`/coalitions/${slug}/`);
    await waitFor(() => {
      expect(new URLSearchParams(router.state.location.search).get('lang')).toBe('fr');
    });
  });

  it('switches the page and the address when the reader chooses English', async () => {
    stub();
    const { router, user } = renderApp(`/coalitions/${slug}?lang=fr`, { language: 'fr' });
    await screen.findByRole('heading', { level: 1, name: 'Pour des formations' });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'For higher digital education' }),
    ).toBeVisible();
    await waitFor(() => {
      expect(new URLSearchParams(router.state.location.search).get('lang')).toBe('en');
    });
    expect(document.documentElement.lang).toBe('en');
  });
});
