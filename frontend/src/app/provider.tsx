import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { RuntimeConfig } from '@/config/runtime-config';
import { ApiClientContext, ApiError, createApiClient } from '@/lib/api-client';
import { AuthContext, type AuthClient } from '@/lib/auth';
import { createI18n } from '@/lib/i18n';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A missing or refused resource will not appear by asking again; a network hiccup may.
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}

interface AppProviderProps {
  config: RuntimeConfig;
  auth: AuthClient;
  queryClient?: QueryClient;
  i18n?: I18n;
  children: ReactNode;
}

/** Everything the pages need: translations, the API client, the signed-in user, the cache. */
export function AppProvider({ config, auth, queryClient, i18n, children }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [translations] = useState(() => i18n ?? createI18n());
  const api = useMemo(
    () => createApiClient({ baseUrl: config.apiUrl, getToken: () => auth.getToken() }),
    [config.apiUrl, auth],
  );

  useEffect(() => {
    void auth.init();
  }, [auth]);

  return (
    <I18nextProvider i18n={translations}>
      <QueryClientProvider client={client}>
        <AuthContext value={auth}>
          <ApiClientContext value={api}>{children}</ApiClientContext>
        </AuthContext>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
