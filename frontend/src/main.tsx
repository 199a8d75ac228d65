import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createRouter } from '@/app/router';
import { loadRuntimeConfig } from '@/config/runtime-config';
import { createKeycloakAuth } from '@/lib/auth';
import '@/styles/global.css';

const config = await loadRuntimeConfig();
const auth = createKeycloakAuth(config);
const router = createRouter();

const root = document.getElementById('root');
if (!root) throw new Error('No #root element in index.html');
createRoot(root).render(
  <StrictMode>
    <AppProvider config={config} auth={auth}>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>,
);
