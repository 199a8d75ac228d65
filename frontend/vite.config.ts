/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dev server and `vite preview` forward /api to a backend, so that the app can also run
// with `"apiUrl": ""` (same origin) when the backend does not answer cross-origin requests.
const apiProxy = {
  '/api': { target: process.env.FABRIQUE_API_PROXY ?? 'http://localhost:8080', changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    manifest: true,
    sourcemap: true,
    target: 'es2022',
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
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    pool: 'threads',
    maxWorkers: 2,
    // ./test.sh runs these while Keycloak starts on the same 2 cores: generous timeouts.
    testTimeout: 30_000,
  },
});
