import type { ReactElement } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { createAnonymousAuth, type AuthClient } from '@/lib/auth';
import { createI18n, type Language } from '@/lib/i18n';
import { TEST_API_URL } from '@/testing/api-stub';

interface Options {
  auth?: AuthClient;
  language?: Language;
}

function providers(router: ReturnType<typeof createMemoryRouter>, options: Options) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity } },
  });
  const i18n = createI18n(options.language);
  const config = {
    apiUrl: TEST_API_URL,
    keycloakUrl: 'http://keycloak.test',
    realm: 'reset',
    clientId: 'fabrique-spa',
  };
  const user = userEvent.setup();
  render(
    <AppProvider
      config={config}
      auth={options.auth ?? createAnonymousAuth()}
      queryClient={queryClient}
      i18n={i18n}
    >
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { router, user, i18n };
}

/** The whole app (layout, lazy routes, providers) at a URL; the network is stubbed by the test. */
export function renderApp(url: string, options: Options = {}) {
  return providers(createMemoryRouter(routes, { initialEntries: [url] }), options);
}

/** One component inside the app's providers and a router (for its links and query string). */
export function renderComponent(ui: ReactElement, url = '/', options: Options = {}) {
  return providers(
    createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [url] }),
    options,
  );
}
