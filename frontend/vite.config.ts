/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { previewSecurityHeaders } from './scripts/security-headers.ts';

/**
 * The modules that a route module imports statically (directly or not), found by walking the
 * importers of each module up to the route. Memoised per route.
 */
function reachableFrom(route: RegExp) {
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

/** What the chunking callbacks of rolldown can ask of the module graph (the part used here). */
interface ChunkingContext {
  getModuleInfo(id: string): { importers: readonly string[] } | null;
}
const panoramaPage = reachableFrom(/[\\/]src[\\/]app[\\/]routes[\\/]panorama\.tsx$/);
const coalitionPage = reachableFrom(/[\\/]src[\\/]app[\\/]routes[\\/]coalition\.tsx$/);
const initial = reachableFrom(/[\\/]src[\\/]main\.tsx$/);

// The dev server and `vite preview` forward /api to a backend, so that the app can also run
// with `"apiUrl": ""` (same origin) when the backend does not answer cross-origin requests.
const apiProxy = {
  '/api': { target: process.env.FABRIQUE_API_PROXY ?? 'http://localhost:8080', changeOrigin: true },
};

export default defineConfig({
  plugins: [
    react(),
    // `vite preview` (./run.sh, the tests) sends the Content-Security-Policy and the cache headers.
    previewSecurityHeaders(),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
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
            // The pages people land on: each in one chunk with what it imports (beyond the start
            // chunk), instead of a dozen small chunks that each cost a request (and over HTTP/1.1
            // queue behind one another on six connections). Other pages that share a module of
            // these load that chunk too: a few kB, once.
            {
              name: (id, ctx) =>
                !initial(id, ctx) && panoramaPage(id, ctx) ? 'panorama-page' : null,
              priority: -1,
              includeDependenciesRecursively: false,
            },
            {
              name: (id, ctx) =>
                !initial(id, ctx) && coalitionPage(id, ctx) ? 'coalition-page' : null,
              priority: -2,
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
});
