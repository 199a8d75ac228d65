import { screen, waitFor, within } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router';
import { createRoutes } from '@/app/router';
import { createApiClient, type Schemas } from '@/lib/api-client';
import { json, page, problem, requestedUrls, stubApi, TEST_API_URL } from '@/testing/api-stub';
import { coalition3, panorama } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

const slug = 'formations-superieures-numeriques-ethiques';
const coalition: Schemas['Coalition'] = {
  number: 3,
  slug,
  title: 'Pour des formations supérieures numériques',
  stage: 'FORMING',
};
const related = {
  [`/api/v1/coalitions/${slug}/territories`]: page([]),
  '/api/v1/events': page([]),
  '/api/v1/notes': page([]),
  '/api/v1/testimonies': page([]),
};

const mainNav = () => screen.getByRole('navigation', { name: 'Navigation principale' });

describe('router', () => {
  it('keeps every address of the app', () => {
    const routes = createRoutes({
      queryClient: new QueryClient(),
      api: createApiClient({ baseUrl: TEST_API_URL }),
    });
    const pathOf = (url: string) =>
      matchRoutes(routes, url)
        ?.map((match) => match.route.path ?? (match.route.index ? '(index)' : ''))
        .filter(Boolean)
        .join('/');
    expect(pathOf('/')).toBe('(index)');
    expect(pathOf('/coalitions')).toBe('coalitions');
    expect(pathOf('/coalitions/new')).toBe('coalitions/new');
    expect(pathOf(`/coalitions/${slug}`)).toBe('coalitions/:slug');
    expect(pathOf(`/coalitions/${slug}/edit`)).toBe('coalitions/:slug/edit');
    expect(pathOf(`/coalitions/${slug}/territories/lille/edit`)).toBe(
      'coalitions/:slug/territories/:territorySlug/edit',
    );
    expect(pathOf('/axes/environnement')).toBe('axes/:slug');
    expect(pathOf('/territories')).toBe('territories');
    expect(pathOf('/territories/lille')).toBe('territories/:slug');
    expect(pathOf('/events')).toBe('events');
    expect(pathOf('/events/new')).toBe('events/new');
    expect(pathOf('/events/reset-day-4')).toBe('events/:slug');
    expect(pathOf('/events/reset-day-4/edit')).toBe('events/:slug/edit');
    expect(pathOf('/notes')).toBe('notes');
    expect(pathOf('/notes/new')).toBe('notes/new');
    expect(pathOf('/notes/n')).toBe('notes/:slug');
    expect(pathOf('/notes/n/edit')).toBe('notes/:slug/edit');
    expect(pathOf('/actors')).toBe('actors');
    expect(pathOf('/actors/latitudes')).toBe('actors/:slug');
    expect(pathOf('/search')).toBe('search');
    expect(pathOf('/comments/erasure')).toBe('comments/erasure');
    expect(pathOf('/comments/erasure/abc')).toBe('comments/erasure/:token');
    expect(pathOf('/me/comments')).toBe('me/comments');
    expect(pathOf('/moderation')).toBe('moderation');
    expect(pathOf('/moderation/suggestions')).toBe('moderation/:type');
    expect(pathOf('/my-commitments')).toBe('my-commitments');
    expect(pathOf('/commitment-requests')).toBe('commitment-requests');
    expect(pathOf('/nulle/part')).toBe('*');
  });

  it('loads a page’s data into the query cache that the page reads: one request', async () => {
    const fetchSpy = stubApi({ [`/api/v1/coalitions/${slug}`]: coalition, ...related });
    const { queryClient } = renderApp(`/coalitions/${slug}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: coalition.title ?? '' }),
    ).toBeVisible();
    expect(queryClient.getQueryData(['coalitions', slug])).toEqual(coalition);
    const asked = requestedUrls(fetchSpy).filter(
      (url) => url.pathname === `/api/v1/coalitions/${slug}`,
    );
    expect(asked).toHaveLength(1);
  });

  it('asks for the lists below a territory with the territory, not after its first render', async () => {
    const territory = { slug: 'lille', name: 'Lille', kind: 'CITY' } as const;
    let answer: (response: Response) => void = () => undefined;
    const fetchSpy = stubApi({
      '/api/v1/territories/lille': () =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }),
      '/api/v1/territories/lille/coalitions': page([]),
      '/api/v1/territories/lille/resources': page([]),
      '/api/v1/territories/lille/initiatives': page([]),
      '/api/v1/territories/lille/plans': [],
      '/api/v1/events': page([]),
      '/api/v1/exchanges': [],
    });
    renderApp('/territories/lille');
    // The territory has not answered: the page is not rendered, its lists are already asked for.
    await waitFor(() => {
      expect(requestedUrls(fetchSpy).map((url) => url.pathname)).toEqual(
        expect.arrayContaining([
          '/api/v1/territories/lille/coalitions',
          '/api/v1/territories/lille/resources',
          '/api/v1/territories/lille/initiatives',
          '/api/v1/territories/lille/plans',
          '/api/v1/events',
          '/api/v1/exchanges',
        ]),
      );
    });
    answer(json(territory));
    expect(await screen.findByRole('heading', { level: 1, name: /Lille/ })).toBeVisible();
    expect(await screen.findByText('Aucune ressource partagée.')).toBeVisible();
    // Each once: the page reads what the loader fetched.
    const lists = requestedUrls(fetchSpy).filter(
      (url) => url.pathname !== '/api/v1/territories/lille',
    );
    expect(lists).toHaveLength(6);
  });

  it('shows the layout while the first page loads, and the page with its data at once', async () => {
    let answer: (response: Response) => void = () => undefined;
    stubApi({
      '/api/v1/panorama': () =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }),
    });
    renderApp('/');
    expect(await screen.findByText('Chargement…')).toBeVisible();
    expect(mainNav()).toBeVisible();
    answer(json(panorama));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Panorama des coalitions' }),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', { level: 2, name: panorama.axes?.[0]?.name ?? '' }),
    ).toBeVisible();
    expect(screen.queryByText('Chargement…')).not.toBeInTheDocument();
  });

  it('keeps the current page, marked busy, until the next one’s code and data are in', async () => {
    let answer: (response: Response) => void = () => undefined;
    stubApi({
      '/api/v1/panorama': panorama,
      [`/api/v1/coalitions/${slug}`]: () =>
        new Promise<Response>((resolve) => {
          answer = resolve;
        }),
      ...related,
    });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Panorama des coalitions' });
    await user.click(screen.getByRole('link', { name: new RegExp(coalition3.title ?? '') }));
    await waitFor(() => {
      expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Panorama des coalitions' }),
    ).toBeVisible();
    answer(json(coalition));
    expect(
      await screen.findByRole('heading', { level: 1, name: coalition.title ?? '' }),
    ).toBeVisible();
    expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'false');
  });

  it('shows a failing page’s error inside the layout, and the page after a retry', async () => {
    let down = true;
    stubApi({
      [`/api/v1/coalitions/${slug}`]: () =>
        down ? problem(503, 'Service indisponible') : json(coalition),
      ...related,
    });
    const { user } = renderApp(`/coalitions/${slug}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le serveur a répondu par une erreur (503).');
    // The navigation stays, so the reader can go elsewhere.
    expect(within(mainNav()).getByRole('link', { name: 'Coalitions' })).toBeVisible();
    expect(screen.getByRole('banner')).toBeVisible();

    down = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: coalition.title ?? '' }),
    ).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the not-found page inside the layout for a missing resource', async () => {
    stubApi({ '/api/v1/notes/inconnue': problem(404, 'Not Found') });
    renderApp('/notes/inconnue');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page introuvable' }),
    ).toBeVisible();
    expect(mainNav()).toBeVisible();
    // Set by an effect, which React may run after the paint.
    await waitFor(() => {
      expect(document.title).toBe('Page introuvable · Fabrique');
    });
  });
});
