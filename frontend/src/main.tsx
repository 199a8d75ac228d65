import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppProvider, createQueryClient } from '@/app/provider';
import { AppRoutes, prefetchPage, preloadPage } from '@/app/router';
import { createApiClient } from '@/lib/api-client';
import { loadRuntimeConfig } from '@/config/runtime-config';
import { createKeycloakAuth } from '@/lib/auth';
import '@/styles/global.css';

// The page's own chunk loads while the configuration is read.
const pageChunk = preloadPage(window.location.pathname).catch(() => undefined);
const config = await loadRuntimeConfig();
// The start-up runs in a few tasks rather than one long one, so that the page answers input sooner.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
await nextTask();

// Open the connection to the API (often another origin) before the first request needs it.
if (config.apiUrl) {
  const preconnect = document.createElement('link');
  preconnect.rel = 'preconnect';
  preconnect.href = config.apiUrl;
  preconnect.crossOrigin = 'anonymous';
  document.head.append(preconnect);
}

const auth = createKeycloakAuth(config);
const api = createApiClient({ baseUrl: config.apiUrl, getToken: () => auth.getToken() });
const queryClient = createQueryClient();
prefetchPage(window.location.pathname, { queryClient, api });
await nextTask();

// The first render waits (a little) for the page's chunk: it then shows the page at once, instead
// of the loading state that the page replaces a moment later.
await Promise.race([pageChunk, new Promise((resolve) => setTimeout(resolve, 3000))]);

const root = document.getElementById('root');
if (!root) throw new Error('No #root element in index.html');
// A transition: React renders the first screen in slices that yield to the browser, rather than
// in one long task.
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <AppProvider config={config} auth={auth} api={api} queryClient={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProvider>
    </StrictMode>,
  );
});
