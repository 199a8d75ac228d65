import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { RuntimeConfig } from '@/config/runtime-config';
import { ApiClientContext, ApiError, createApiClient, type ApiClient } from '@/lib/api-client';
import { ApiUrlContext } from '@/lib/api-url';
import { AuthContext, type AuthClient } from '@/lib/auth';

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
  /** The API client, when the start-up already made one (to prefetch the first page's data). */
  api?: ApiClient;
  /** The translations, their strings loaded (`startI18n`). */
  i18n: I18n;
  children: ReactNode;
}

/** Everything the pages need: translations, the API client, the signed-in user, the cache. */
export function AppProvider({
  config,
  auth,
  queryClient,
  api: givenApi,
  i18n,
  children,
}: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const api = useMemo(
    () =>
      givenApi ??
      createApiClient({
        baseUrl: config.apiUrl,
        getToken: () => auth.getToken(),
        getLanguage: () => i18n.language,
      }),
    [givenApi, config.apiUrl, auth, i18n],
  );

  // Texts of content come in the reader's language: read them again when it changes (also when
  // it changed before this effect ran: a child's effect may switch it on the first render).
  const [firstLanguage] = useState(() => i18n.language);
  useEffect(() => {
    let current = firstLanguage;
    const refetch = (language: string) => {
      if (language === current) return;
      current = language;
      void client.invalidateQueries();
    };
    i18n.on('languageChanged', refetch);
    refetch(i18n.language);
    return () => {
      i18n.off('languageChanged', refetch);
    };
  }, [i18n, client, firstLanguage]);

  // The sign-in state is not needed for the first paint: check the session once the page has
  // loaded, so that the identity server's requests do not compete with the page's own.
  useEffect(() => {
    const start = () => {
      void auth.init();
    };
    if (document.readyState === 'complete') {
      const timer = setTimeout(start, 0);
      return () => {
        clearTimeout(timer);
      };
    }
    window.addEventListener('load', start, { once: true });
    return () => {
      window.removeEventListener('load', start);
    };
  }, [auth]);

  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={client}>
        <AuthContext value={auth}>
          <ApiClientContext value={api}>
            <ApiUrlContext value={config.apiUrl}>{children}</ApiUrlContext>
          </ApiClientContext>
        </AuthContext>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
