import { lazy, useState, type ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, useRoutes, type Params, type RouteObject } from 'react-router';
import { panoramaQuery } from '@/features/axes/api/get-panorama';
import { coalitionQuery } from '@/features/coalitions/api/coalitions';
import type { ApiClient } from '@/lib/api-client';
import { takeEarlyData } from '@/lib/early-data';
import { RootLayout } from '@/components/layout/root-layout';
import { RouteErrorBoundary } from '@/app/routes/route-error';

type PageModule = Promise<{ default: ComponentType }>;

// Every page is its own chunk, so that the home page only loads what it shows.
const pages = {
  panorama: () => import('@/app/routes/panorama'),
  coalitions: () => import('@/app/routes/coalitions'),
  coalition: () => import('@/app/routes/coalition'),
  coalitionNew: () => import('@/app/routes/coalition-new'),
  coalitionEdit: () => import('@/app/routes/coalition-edit'),
  declensionEdit: () => import('@/app/routes/declension-edit'),
  axis: () => import('@/app/routes/axis'),
  territories: () => import('@/app/routes/territories'),
  territory: () => import('@/app/routes/territory'),
  events: () => import('@/app/routes/events'),
  event: () => import('@/app/routes/event'),
  eventEdit: () => import('@/app/routes/event-edit'),
  notes: () => import('@/app/routes/notes'),
  note: () => import('@/app/routes/note'),
  noteEdit: () => import('@/app/routes/note-edit'),
  actors: () => import('@/app/routes/actors'),
  actor: () => import('@/app/routes/actor'),
  search: () => import('@/app/routes/search'),
  commentErasure: () => import('@/app/routes/comment-erasure'),
  commentErasureLink: () => import('@/app/routes/comment-erasure-link'),
  myComments: () => import('@/app/routes/my-comments'),
  moderation: () => import('@/app/routes/moderation'),
  myCommitments: () => import('@/app/routes/my-commitments'),
  commitmentRequests: () => import('@/app/routes/commitment-requests'),
  notFound: () => import('@/app/routes/not-found'),
} satisfies Record<string, () => PageModule>;

type PageName = keyof typeof pages;

interface Prefetch {
  queryClient: QueryClient;
  api: ApiClient;
  params: Params;
}

/** A prefetch never fails the start-up: the page shows the error (and retries) itself. */
const warm = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    () => undefined,
  );

/**
 * Query options whose first answer may already be on its way: the start-up script of index.html
 * requests the landing page's main resource (lib/early-data.ts). When that request failed, the
 * query asks the API itself.
 */
function withEarlyData<O extends { queryFn?: unknown }>(options: O, apiPath: string): O {
  const early = takeEarlyData(apiPath);
  const ask = options.queryFn;
  if (!early || typeof ask !== 'function') return options;
  const queryFn = async (context: unknown): Promise<unknown> =>
    (await early) ?? (ask as (context: unknown) => Promise<unknown>)(context);
  return { ...options, queryFn };
}

/** The main data of the pages people land on most, fetched while their chunk loads. */
const prefetches: Partial<Record<PageName, (context: Prefetch) => Promise<void>>> = {
  panorama: ({ queryClient, api }) =>
    warm(queryClient.query(withEarlyData(panoramaQuery(api), '/api/v1/panorama'))),
  coalition: ({ queryClient, api, params }) => {
    const slug = params.slug ?? '';
    return warm(
      queryClient.query(
        withEarlyData(coalitionQuery(api, slug), `/api/v1/coalitions/${encodeURIComponent(slug)}`),
      ),
    );
  },
};

/** Each page's component, once its chunk has loaded. */
const loadedPages = new Map<PageName, ComponentType>();

function loadPage(name: PageName): PageModule {
  return pages[name]().then((module) => {
    loadedPages.set(name, module.default);
    return module;
  });
}

/**
 * A page loaded on demand. Once its chunk is in, it renders directly rather than through
 * `React.lazy`, which suspends at least once even for a loaded module: the start-up awaits the
 * landing page's chunk (`preloadPage`), so that the first render shows the page instead of the
 * loading state (which React then keeps on screen for at least 300 ms).
 */
function lazyPage(name: PageName): ComponentType {
  const Lazy = lazy(() => loadPage(name));
  function Page() {
    // Chosen once per mount: switching from one to the other would remount the page.
    const [Component] = useState<ComponentType>(() => loadedPages.get(name) ?? Lazy);
    return <Component />;
  }
  Page.displayName = `Page(${name})`;
  return Page;
}

/** A route whose page is loaded on demand; `handle.page` lets the start-up preload it. */
function page(path: string | undefined, name: PageName): RouteObject {
  const Page = lazyPage(name);
  const handle = { page: name };
  return path === undefined
    ? { index: true, element: <Page />, handle }
    : { path, element: <Page />, handle };
}

export const routes: RouteObject[] = [
  {
    element: (
      <RouteErrorBoundary>
        <RootLayout />
      </RouteErrorBoundary>
    ),
    children: [
      page(undefined, 'panorama'),
      page('coalitions', 'coalitions'),
      page('coalitions/new', 'coalitionNew'),
      page('coalitions/:slug', 'coalition'),
      page('coalitions/:slug/edit', 'coalitionEdit'),
      page('coalitions/:slug/territories/:territorySlug/edit', 'declensionEdit'),
      page('axes/:slug', 'axis'),
      page('territories', 'territories'),
      page('territories/:slug', 'territory'),
      page('events', 'events'),
      page('events/new', 'eventEdit'),
      page('events/:slug', 'event'),
      page('events/:slug/edit', 'eventEdit'),
      page('notes', 'notes'),
      page('notes/new', 'noteEdit'),
      page('notes/:slug', 'note'),
      page('notes/:slug/edit', 'noteEdit'),
      page('actors', 'actors'),
      page('actors/:slug', 'actor'),
      page('search', 'search'),
      page('comments/erasure', 'commentErasure'),
      page('comments/erasure/:token', 'commentErasureLink'),
      page('me/comments', 'myComments'),
      page('moderation', 'moderation'),
      page('moderation/:type', 'moderation'),
      page('my-commitments', 'myCommitments'),
      page('commitment-requests', 'commitmentRequests'),
      page('*', 'notFound'),
    ],
  },
];

function findPage(pathname: string) {
  const match = matchRoutes(routes, pathname)?.at(-1);
  const handle = match?.route.handle as { page?: PageName } | undefined;
  return handle?.page ? { name: handle.page, params: match?.params ?? {} } : undefined;
}

// The start-up asks for the same address twice (preloadPage, then prefetchPage): matched once.
let lastPage: { pathname: string; page: ReturnType<typeof findPage> } | undefined;

function pageAt(pathname: string) {
  if (lastPage?.pathname !== pathname) lastPage = { pathname, page: findPage(pathname) };
  return lastPage.page;
}

/**
 * Starts loading the chunk of the page at `pathname` at once, in parallel with the start-up
 * (configuration, first render), instead of after the first render. Resolves once it is loaded
 * (rejects if it cannot be: the page's render then shows the error).
 */
export function preloadPage(pathname: string): Promise<void> {
  const page = pageAt(pathname);
  return page ? loadPage(page.name).then(() => undefined) : Promise.resolve();
}

/** Starts fetching the main data of the page at `pathname`, before the first render. */
export function prefetchPage(pathname: string, context: Omit<Prefetch, 'params'>): void {
  const page = pageAt(pathname);
  const prefetch = page && prefetches[page.name];
  if (page && prefetch) void prefetch({ ...context, params: page.params });
}

/**
 * The app's pages at the current address, under a `BrowserRouter` (or a `MemoryRouter` in tests).
 * Declarative routing: the app loads its data with TanStack Query, not with route loaders, and the
 * data router's code (about 17 kB gzip) would only add to the start-up.
 */
export function AppRoutes() {
  return useRoutes(routes);
}
