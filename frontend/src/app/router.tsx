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
const CoalitionNewRoute = lazy(() => import('@/app/routes/coalition-new'));
const CoalitionEditRoute = lazy(() => import('@/app/routes/coalition-edit'));
const DeclensionEditRoute = lazy(() => import('@/app/routes/declension-edit'));
const NoteEditRoute = lazy(() => import('@/app/routes/note-edit'));
const EventEditRoute = lazy(() => import('@/app/routes/event-edit'));

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <PanoramaRoute /> },
      { path: 'coalitions', element: <CoalitionsRoute /> },
      { path: 'coalitions/new', element: <CoalitionNewRoute /> },
      { path: 'coalitions/:slug', element: <CoalitionRoute /> },
      { path: 'coalitions/:slug/edit', element: <CoalitionEditRoute /> },
      {
        path: 'coalitions/:slug/territories/:territorySlug/edit',
        element: <DeclensionEditRoute />,
      },
      { path: 'axes/:slug', element: <AxisRoute /> },
      { path: 'territories', element: <TerritoriesRoute /> },
      { path: 'territories/:slug', element: <TerritoryRoute /> },
      { path: 'events', element: <EventsRoute /> },
      { path: 'events/new', element: <EventEditRoute /> },
      { path: 'events/:slug', element: <EventRoute /> },
      { path: 'events/:slug/edit', element: <EventEditRoute /> },
      { path: 'notes', element: <NotesRoute /> },
      { path: 'notes/new', element: <NoteEditRoute /> },
      { path: 'notes/:slug', element: <NoteRoute /> },
      { path: 'notes/:slug/edit', element: <NoteEditRoute /> },
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
