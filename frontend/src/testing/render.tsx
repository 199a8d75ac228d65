import type { ReactElement } from 'react';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createMemoryRouter,
  RouterProvider,
  type Location,
  type RouteObject,
  type To,
} from 'react-router';
import { AppProvider, createQueryClient } from '@/app/provider';
import { createRoutes } from '@/app/router';
import { createApiClient } from '@/lib/api-client';
import { createAnonymousAuth, type AuthClient } from '@/lib/auth';
import { createI18n, type Language } from '@/lib/i18n';
import { en } from '@/locales/en';
import { TEST_API_URL } from '@/testing/api-stub';

interface Options {
  auth?: AuthClient;
  language?: Language;
}

/** What a test can ask of the router: where the app is, and to go elsewhere. */
export interface TestRouter {
  state: { location: Location };
  navigate: (to: To) => Promise<void>;
  /** Unmounts the app (to render another one in the same test). */
  dispose: () => void;
}

function providers(
  url: string,
  routes: (context: Parameters<typeof createRoutes>[0]) => RouteObject[],
  options: Options,
) {
  // The app's cache settings, without retries (a failure shows at once) or garbage collection.
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false, gcTime: Infinity },
  });
  // Both languages at hand, as `startI18n` makes the reader's (lib/i18n.test.tsx loads them).
  const i18n = createI18n(options.language, { en });
  const config = {
    apiUrl: TEST_API_URL,
    keycloakUrl: 'http://keycloak.test',
    realm: 'reset',
    clientId: 'fabrique-spa',
  };
  const auth = options.auth ?? createAnonymousAuth();
  const api = createApiClient({
    baseUrl: config.apiUrl,
    getToken: () => auth.getToken(),
    getLanguage: () => i18n.language,
  });
  const memoryRouter = createMemoryRouter(routes({ queryClient, api }), {
    initialEntries: [url],
  });
  const user = userEvent.setup();
  const { unmount } = render(
    <AppProvider config={config} auth={auth} api={api} queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={memoryRouter} />
    </AppProvider>,
  );
  const router: TestRouter = {
    get state() {
      return { location: memoryRouter.state.location };
    },
    navigate: async (to) => {
      await act(async () => {
        await memoryRouter.navigate(to);
      });
    },
    dispose: () => {
      unmount();
      memoryRouter.dispose();
    },
  };
  return { router, user, i18n, queryClient };
}

/** The whole app (layout, lazy routes and their loaders, providers) at a URL; the network is stubbed by the test. */
export function renderApp(url: string, options: Options = {}) {
  return providers(url, createRoutes, options);
}

/** One component inside the app's providers and a router (for its links and query string). */
export function renderComponent(ui: ReactElement, url = '/', options: Options = {}) {
  return providers(url, () => [{ path: '*', element: ui }], options);
}
