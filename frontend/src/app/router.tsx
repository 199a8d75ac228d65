import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RootLayout } from '@/components/layout/root-layout';
import { RouteError } from '@/app/routes/route-error';

// Every page is its own chunk, so that the home page only loads what it shows.
const PanoramaRoute = lazy(() => import('@/app/routes/panorama'));
const CoalitionsRoute = lazy(() => import('@/app/routes/coalitions'));
const CoalitionRoute = lazy(() => import('@/app/routes/coalition'));
const AxisRoute = lazy(() => import('@/app/routes/axis'));
const TerritoriesRoute = lazy(() => import('@/app/routes/territories'));
const TerritoryRoute = lazy(() => import('@/app/routes/territory'));
const EventsRoute = lazy(() => import('@/app/routes/events'));
const EventRoute = lazy(() => import('@/app/routes/event'));
const NotesRoute = lazy(() => import('@/app/routes/notes'));
const NoteRoute = lazy(() => import('@/app/routes/note'));
const ActorsRoute = lazy(() => import('@/app/routes/actors'));
const ActorRoute = lazy(() => import('@/app/routes/actor'));
const SearchRoute = lazy(() => import('@/app/routes/search'));
const NotFoundRoute = lazy(() => import('@/app/routes/not-found'));

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <PanoramaRoute /> },
      { path: 'coalitions', element: <CoalitionsRoute /> },
      { path: 'coalitions/:slug', element: <CoalitionRoute /> },
      { path: 'axes/:slug', element: <AxisRoute /> },
      { path: 'territories', element: <TerritoriesRoute /> },
      { path: 'territories/:slug', element: <TerritoryRoute /> },
      { path: 'events', element: <EventsRoute /> },
      { path: 'events/:slug', element: <EventRoute /> },
      { path: 'notes', element: <NotesRoute /> },
      { path: 'notes/:slug', element: <NoteRoute /> },
      { path: 'actors', element: <ActorsRoute /> },
      { path: 'actors/:slug', element: <ActorRoute /> },
      { path: 'search', element: <SearchRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
