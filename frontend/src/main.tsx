import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProvider, createQueryClient } from '@/app/provider';
import { createRouter } from '@/app/router';
import { createApiClient } from '@/lib/api-client';
import { loadRuntimeConfig } from '@/config/runtime-config';
import { createKeycloakAuth } from '@/lib/auth';
import { startI18n } from '@/lib/i18n';
import '@/styles/global.css';

// The settings and the reader's language (French is in this bundle; another loads meanwhile).
const [config, i18n] = await Promise.all([loadRuntimeConfig(), startI18n()]);
const auth = createKeycloakAuth(config);
const api = createApiClient({
  baseUrl: config.apiUrl,
  getToken: () => auth.getToken(),
  getLanguage: () => i18n.language,
});
const queryClient = createQueryClient();
// The router starts loading the first page's code and data at once.
const router = createRouter({ queryClient, api });

const root = document.getElementById('root');
if (!root) throw new Error('No #root element in index.html');
// A transition: React renders the first screen in slices that yield to the browser.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <AppProvider config={config} auth={auth} api={api} queryClient={queryClient} i18n={i18n}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
});
