import type { ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, data, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { actorQuery, actorFilters, actorsQuery } from '@/features/actors/api/actors';
import { axisQuery } from '@/features/axes/api/get-axis';
import { panoramaQuery } from '@/features/axes/api/get-panorama';
import {
  axisChoicesQuery,
  coalitionFilters,
  coalitionQuery,
  coalitionsOfAxisQuery,
  coalitionsQuery,
  territoryChoicesQuery,
} from '@/features/coalitions/api/coalitions';
import {
  eventListFilters,
  eventQuery,
  eventsQuery,
  territoryEventFilters,
} from '@/features/events/api/events';
import { exchangesQuery } from '@/features/exchanges/api/exchanges';
import { graphFilters, graphQuery } from '@/features/graph/api/graph';
import { noteQuery, notesQuery } from '@/features/notes/api/notes';
import { searchQuery, searchTerms } from '@/features/search/api/search';
import {
  territorialCountsQuery,
  territoryCoalitionsQuery,
  territoryInitiativesQuery,
  territoryPlansQuery,
  territoryQuery,
  territoryResourcesQuery,
  territoryTreeQuery,
} from '@/features/territories/api/territories';
import { apiPage } from '@/components/ui/pagination';
import { Loading } from '@/components/ui/query-state';
import { RootLayout } from '@/components/layout/root-layout';
import { PageError, RootError } from '@/app/routes/route-error';
import { ApiError, type ApiClient } from '@/lib/api-client';

export interface RouterContext {
  queryClient: QueryClient;
  api: ApiClient;
}

type PageModule = Promise<{ default: ComponentType }>;

/** A page's code, loaded on demand: every page is its own chunk. */
const page = (load: () => PageModule) => async () => ({ Component: (await load()).default });

/** What a route loader gets: the URL's parameters and query string, the API and its cache. */
interface LoaderInput {
  api: ApiClient;
  /** The query's data: from the cache when it is there, however old, else from the API. */
  ensure: QueryClient['query'];
  /**
   * Starts fetching a query that the page shows below its main content, without waiting for it:
   * it runs alongside the page's code and main data instead of after the page's first render, and
   * when it is there first, the page renders it in the same pass. A failure shows in its section.
   */
  prefetch: QueryClient['query'];
  params: LoaderFunctionArgs['params'];
  search: URLSearchParams;
}

/**
 * A route loader that puts the queries whose data a page shows first in TanStack Query's cache:
 * the router fetches them while it loads the page's code, and renders the page once both are
 * there. Pages read the same queries (same keys and functions) with `useQuery`. A failing query
 * (404, API down) fails the route with its status: its error element shows it.
 */
function loader(load: (input: LoaderInput) => Promise<unknown>[]) {
  return ({ queryClient, api }: RouterContext) =>
    async ({ params, request }: LoaderFunctionArgs): Promise<null> => {
      // What `ensureQueryData` did (TanStack Query deprecates it for this): cached data renders at
      // once, and the page's `useQuery` refreshes it in the background when it is stale.
      const ensure: QueryClient['query'] = (options) =>
        queryClient.query({ ...options, staleTime: 'static' });
      const prefetch: QueryClient['query'] = (options) => {
        const fetching = queryClient.query(options);
        // Not the route's failure: the page's section shows it (and offers to retry).
        fetching.catch(() => undefined);
        return fetching;
      };
      const search = new URL(request.url).searchParams;
      try {
        await Promise.all(load({ api, ensure, prefetch, params, search }));
      } catch (cause) {
        // A data failure, which the error element tells apart from a page that failed to load
        // or render: an error response with the API's status (503 when it did not answer).
        throw data({ cause }, { status: cause instanceof ApiError ? cause.status : 503 });
      }
      return null;
    };
}

const slugOf = (params: LoaderFunctionArgs['params']) => params.slug ?? '';

const loaders = {
  panorama: loader(({ api, ensure }) => [ensure(panoramaQuery(api))]),
  // The list and the choices of its filter form.
  coalitions: loader(({ api, ensure, search }) => [
    ensure(coalitionsQuery(api, coalitionFilters(search))),
    ensure(axisChoicesQuery(api)),
    ensure(territoryChoicesQuery(api)),
  ]),
  coalition: loader(({ api, ensure, params }) => [ensure(coalitionQuery(api, slugOf(params)))]),
  axis: loader(({ api, ensure, params }) => [
    ensure(axisQuery(api, slugOf(params))),
    ensure(coalitionsOfAxisQuery(api, slugOf(params))),
  ]),
  territories: loader(({ api, ensure }) => [ensure(territoryTreeQuery(api))]),
  map: loader(({ api, ensure }) => [
    ensure(territoryTreeQuery(api)),
    ensure(territorialCountsQuery(api)),
  ]),
  graph: loader(({ api, ensure, prefetch, search }) => {
    void prefetch(axisChoicesQuery(api));
    void prefetch(territoryChoicesQuery(api));
    return [ensure(graphQuery(api, graphFilters(search)))];
  }),
  // The territory, and the lists below it.
  territory: loader(({ api, ensure, prefetch, params }) => {
    const slug = slugOf(params);
    void prefetch(territoryCoalitionsQuery(api, slug));
    void prefetch(territoryResourcesQuery(api, slug));
    void prefetch(territoryInitiativesQuery(api, slug));
    void prefetch(territoryPlansQuery(api, slug));
    void prefetch(eventsQuery(api, territoryEventFilters(slug)));
    void prefetch(exchangesQuery(api, { territory: slug }));
    return [ensure(territoryQuery(api, slug))];
  }),
  events: loader(({ api, ensure, search }) => [ensure(eventsQuery(api, eventListFilters(search)))]),
  // The event, and its notes below it.
  event: loader(({ api, ensure, prefetch, params }) => {
    void prefetch(notesQuery(api, { event: slugOf(params) }));
    return [ensure(eventQuery(api, slugOf(params)))];
  }),
  notes: loader(({ api, ensure, search }) => [ensure(notesQuery(api, { page: apiPage(search) }))]),
  note: loader(({ api, ensure, params }) => [ensure(noteQuery(api, slugOf(params)))]),
  actors: loader(({ api, ensure, search }) => [ensure(actorsQuery(api, actorFilters(search)))]),
  actor: loader(({ api, ensure, params }) => [ensure(actorQuery(api, slugOf(params)))]),
  search: loader(({ api, ensure, search }) => {
    const q = searchTerms(search);
    return q ? [ensure(searchQuery(api, q))] : [];
  }),
};

/**
 * A page route: its code on demand (`lazy`) and, when it has one, its loader, so that the router
 * fetches both at once.
 */
function route(
  context: RouterContext,
  path: string | undefined,
  load: () => PageModule,
  pageLoader?: (context: RouterContext) => RouteObject['loader'],
): RouteObject {
  const common = { lazy: page(load), loader: pageLoader?.(context) };
  return path === undefined ? { index: true, ...common } : { path, ...common };
}

/**
 * The app's routes: the layout (header, navigation) around every page, and inside it a pathless
 * route whose error element shows a page that failed (its data or its code) while the navigation
 * stays on screen. Until the first page is loaded, the layout shows the loading state.
 */
export function createRoutes(context: RouterContext): RouteObject[] {
  const r = (
    path: string | undefined,
    load: () => PageModule,
    pageLoader?: (context: RouterContext) => RouteObject['loader'],
  ) => route(context, path, load, pageLoader);
  return [
    {
      element: <RootLayout />,
      errorElement: <RootError />,
      children: [
        {
          errorElement: <PageError />,
          hydrateFallbackElement: <Loading />,
          children: [
            r(undefined, () => import('@/app/routes/panorama'), loaders.panorama),
            r('coalitions', () => import('@/app/routes/coalitions'), loaders.coalitions),
            r('coalitions/new', () => import('@/app/routes/coalition-new')),
            r('coalitions/:slug', () => import('@/app/routes/coalition'), loaders.coalition),
            r('coalitions/:slug/edit', () => import('@/app/routes/coalition-edit')),
            r('coalitions/:slug/coordinators', () => import('@/app/routes/coalition-coordinators')),
            r(
              'coalitions/:slug/territories/:territorySlug/edit',
              () => import('@/app/routes/declension-edit'),
            ),
            r('axes/new', () => import('@/app/routes/axis-edit')),
            r('axes/:slug', () => import('@/app/routes/axis'), loaders.axis),
            r('axes/:slug/edit', () => import('@/app/routes/axis-edit')),
            r('territories', () => import('@/app/routes/territories'), loaders.territories),
            r('graph', () => import('@/app/routes/graph'), loaders.graph),
            r('map', () => import('@/app/routes/map'), loaders.map),
            r('territories/:slug', () => import('@/app/routes/territory'), loaders.territory),
            r('events', () => import('@/app/routes/events'), loaders.events),
            r('events/new', () => import('@/app/routes/event-edit')),
            r('events/:slug', () => import('@/app/routes/event'), loaders.event),
            r('events/:slug/edit', () => import('@/app/routes/event-edit')),
            r('notes', () => import('@/app/routes/notes'), loaders.notes),
            r('notes/new', () => import('@/app/routes/note-edit')),
            r('notes/:slug', () => import('@/app/routes/note'), loaders.note),
            r('notes/:slug/edit', () => import('@/app/routes/note-edit')),
            r('actors', () => import('@/app/routes/actors'), loaders.actors),
            r('actors/new', () => import('@/app/routes/actor-edit')),
            r('actors/:slug/edit', () => import('@/app/routes/actor-edit')),
            r('actors/:slug', () => import('@/app/routes/actor'), loaders.actor),
            r('people', () => import('@/app/routes/people')),
            r('people/new', () => import('@/app/routes/person-edit')),
            r('people/:slug', () => import('@/app/routes/person')),
            r('people/:slug/edit', () => import('@/app/routes/person-edit')),
            r('search', () => import('@/app/routes/search'), loaders.search),
            r('open-data', () => import('@/app/routes/open-data')),
            r('comments/erasure', () => import('@/app/routes/comment-erasure')),
            r('comments/erasure/:token', () => import('@/app/routes/comment-erasure-link')),
            r('unsubscribe/:token', () => import('@/app/routes/unsubscribe')),
            r('me/comments', () => import('@/app/routes/my-comments')),
            r('me/profile', () => import('@/app/routes/my-profile')),
            r('me/notifications', () => import('@/app/routes/my-notifications')),
            r('privacy', () => import('@/app/routes/privacy')),
            r('translations', () => import('@/app/routes/translation-needs')),
            r('translations/:kind/:slug', () => import('@/app/routes/translation-edit')),
            r('resources', () => import('@/app/routes/resources')),
            r('resources/new', () => import('@/app/routes/resource-edit')),
            r('resources/:slug/edit', () => import('@/app/routes/resource-edit')),
            r('initiatives/new', () => import('@/app/routes/initiative-edit')),
            r('initiatives/:slug/edit', () => import('@/app/routes/initiative-edit')),
            r('testimonies/new', () => import('@/app/routes/testimony-edit')),
            r('testimonies/:id/edit', () => import('@/app/routes/testimony-edit')),
            r('territories/new', () => import('@/app/routes/territory-edit')),
            r('territories/:slug/edit', () => import('@/app/routes/territory-edit')),
            r('territories/:slug/plans/edit', () => import('@/app/routes/territory-plans-edit')),
            r('exchanges', () => import('@/app/routes/exchanges')),
            r('exchanges/:slug', () => import('@/app/routes/exchange')),
            r('intentions', () => import('@/app/routes/intentions')),
            r('intentions/new', () => import('@/app/routes/intention-new')),
            r('moderation', () => import('@/app/routes/moderation')),
            r('moderation/:type', () => import('@/app/routes/moderation')),
            r('my-commitments', () => import('@/app/routes/my-commitments')),
            r('commitment-requests', () => import('@/app/routes/commitment-requests')),
            r('accounts', () => import('@/app/routes/accounts')),
            r('*', () => import('@/app/routes/not-found')),
          ],
        },
      ],
    },
  ];
}

export function createRouter(context: RouterContext) {
  return createBrowserRouter(createRoutes(context));
}
