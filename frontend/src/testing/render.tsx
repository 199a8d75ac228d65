import { useLayoutEffect, type ReactElement, type ReactNode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, useNavigate, type Location, type To } from 'react-router';
import { AppProvider } from '@/app/provider';
import { AppRoutes } from '@/app/router';
import { createAnonymousAuth, type AuthClient } from '@/lib/auth';
import { createI18n, type Language } from '@/lib/i18n';
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

function RouterProbe({
  onChange,
}: {
  onChange: (location: Location, navigate: ReturnType<typeof useNavigate>) => void;
}) {
  const location = useLocation();
  const navigate = useNavigate();
  useLayoutEffect(() => {
    onChange(location, navigate);
  }, [onChange, location, navigate]);
  return null;
}

function providers(url: string, ui: ReactNode, options: Options) {
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
  const router: TestRouter = {
    state: { location: { pathname: url, search: '', hash: '', state: null, key: 'default' } },
    navigate: () => Promise.reject(new Error('The app has not rendered yet')),
    dispose: () => undefined,
  };
  const { unmount } = render(
    <AppProvider
      config={config}
      auth={options.auth ?? createAnonymousAuth()}
      queryClient={queryClient}
      i18n={i18n}
    >
      <MemoryRouter initialEntries={[url]}>
        <RouterProbe
          onChange={(location, navigate) => {
            router.state.location = location;
            router.navigate = async (to) => {
              await act(async () => {
                await navigate(to);
              });
            };
          }}
        />
        {ui}
      </MemoryRouter>
    </AppProvider>,
  );
  router.dispose = unmount;
  return { router, user, i18n };
}

/** The whole app (layout, lazy routes, providers) at a URL; the network is stubbed by the test. */
export function renderApp(url: string, options: Options = {}) {
  return providers(url, <AppRoutes />, options);
}

/** One component inside the app's providers and a router (for its links and query string). */
export function renderComponent(ui: ReactElement, url = '/', options: Options = {}) {
  return providers(url, ui, options);
}
