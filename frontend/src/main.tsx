import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProvider, createQueryClient } from '@/app/provider';
import { createRouter } from '@/app/router';
import { createApiClient } from '@/lib/api-client';
import { loadRuntimeConfig } from '@/config/runtime-config';
import { createKeycloakAuth } from '@/lib/auth';
import '@/styles/global.css';

const config = await loadRuntimeConfig();
const auth = createKeycloakAuth(config);
const api = createApiClient({ baseUrl: config.apiUrl, getToken: () => auth.getToken() });
const queryClient = createQueryClient();
// The router starts loading the first page's code and data at once.
const router = createRouter({ queryClient, api });

const root = document.getElementById('root');
if (!root) throw new Error('No #root element in index.html');
// A transition: React renders the first screen in slices that yield to the browser.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <AppProvider config={config} auth={auth} api={api} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
});
