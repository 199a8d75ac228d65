/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { previewSecurityHeaders } from './scripts/security-headers.ts';

/**
 * The modules that a route module imports statically (directly or not), found by walking the
 * importers of each module up to the route. Memoised per route.
 */
function reachableFrom(route: { test: (id: string) => boolean }) {
  const memo = new Map<string, boolean>();
  const reaches = (id: string, ctx: ChunkingContext, path: Set<string>): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (route.test(id)) return true;
    if (path.has(id)) return false;
    path.add(id);
    const importers = ctx.getModuleInfo(id)?.importers ?? [];
    const result = importers.some((importer) => reaches(importer, ctx, path));
    path.delete(id);
    memo.set(id, result);
    return result;
  };
  return (id: string, ctx: ChunkingContext) => reaches(id, ctx, new Set());
}

/** The modules that a page other than `route` imports statically (directly or not). */
function reachableFromAnotherPage(route: RegExp) {
  return reachableFrom({ test: (id) => pageModule.test(id) && !route.test(id) });
}

/** What the chunking callbacks of rolldown can ask of the module graph (the part used here). */
interface ChunkingContext {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
}
const pageModule = /[\\/]src[\\/]app[\\/]routes[\\/][^\\/]+\.tsx$/;
const panoramaRoute = /[\\/]src[\\/]app[\\/]routes[\\/]panorama\.tsx$/;
const coalitionRoute = /[\\/]src[\\/]app[\\/]routes[\\/]coalition\.tsx$/;
const panoramaPage = reachableFrom(panoramaRoute);
const coalitionPage = reachableFrom(coalitionRoute);
const panoramaShared = reachableFromAnotherPage(panoramaRoute);
const coalitionShared = reachableFromAnotherPage(coalitionRoute);
const initial = reachableFrom(/[\\/]src[\\/]main\.tsx$/);

// The dev server and `vite preview` forward /api to a backend, so that the app can also run
// with `"apiUrl": ""` (same origin) when the backend does not answer cross-origin requests.
const apiProxy = {
  '/api': { target: process.env.FABRIQUE_API_PROXY ?? 'http://localhost:8080', changeOrigin: true },
};

export default defineConfig(({ command }) => ({
  plugins: [
    react(),
    // `vite preview` (./run.sh, the tests) sends the Content-Security-Policy and the cache headers.
    previewSecurityHeaders(),
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // react-router's package exports name only its development build (its dev-only warnings
      // on): the build takes the production one beside it, as it does for React's own packages
      // (remix-run/react-router#12532, #14102).
      ...(command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(
                new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
              ),
            },
          ]
        : []),
    ],
  },
  build: {
    manifest: true,
    sourcemap: true,
    target: 'es2022',
    // Every browser the app supports knows modulepreload: no polyfill in the entry.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the entry imports statically loads at start anyway: one chunk rather than
        // a dozen small ones that lazy features happen to share (each costs a request and
        // compresses worse).
        codeSplitting: {
          groups: [
            {
              name: 'start',
              tags: ['$initial'],
              test: (id) => !/[\\/](index\.html|src[\\/]main\.tsx)$/.test(id),
            },
            // The pages people land on: each in one chunk with what it alone imports (beyond the
            // start chunk), instead of a dozen small chunks that each cost a request (and over
            // HTTP/1.1 queue behind one another on six connections).
            {
              name: (id, ctx) =>
                !initial(id, ctx) && panoramaPage(id, ctx) && !panoramaShared(id, ctx)
                  ? 'panorama-page'
                  : null,
              priority: -1,
              includeDependenciesRecursively: false,
            },
            {
              name: (id, ctx) =>
                !initial(id, ctx) && coalitionPage(id, ctx) && !coalitionShared(id, ctx)
                  ? 'coalition-page'
                  : null,
              priority: -2,
              includeDependenciesRecursively: false,
            },
            // What they share with other pages (formats, cards, lists of events and notes): one
            // small chunk, so that the territory, event or note page does not load the whole
            // coalition page's code (or the panorama's) for a few components.
            {
              name: (id, ctx) =>
                !initial(id, ctx) && (panoramaPage(id, ctx) || coalitionPage(id, ctx))
                  ? 'pages-shared'
                  : null,
              priority: -3,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  server: { port: 5173, proxy: apiProxy },
  preview: { port: 4173, proxy: apiProxy },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    css: false,
    pool: 'threads',
    maxWorkers: 2,
    // ./test.sh runs these while Keycloak starts on the same 2 cores: generous timeouts.
    testTimeout: 30_000,
  },
}));
