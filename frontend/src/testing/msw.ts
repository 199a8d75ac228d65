import { http as mswHttp, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createOpenApiHttp } from 'openapi-msw';
import type { paths } from '@/api/schema';
import type { Schemas } from '@/lib/api-client';
import { TEST_API_URL } from '@/testing/api-stub';

/**
 * MSW handlers typed by the contract (openapi-msw): `http.post('/api/v1/actors', …)` matches the
 * method and the path of the contract, and its `request.json()` and `response(…)` have the
 * contract's types.
 */
export const http = createOpenApiHttp<paths>({ baseUrl: TEST_API_URL });

/** A problem+json answer. */
export function problemResponse(
  status: number,
  problem: Partial<Schemas['Problem']> = {},
  headers: Record<string, string> = {},
) {
  return HttpResponse.json<Schemas['Problem']>(
    { status, title: `Problem ${status}`, ...problem },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

/**
 * An MSW server for a test file. Requests no handler matches (by method and path) get a 404
 * problem, as from the API, and are listed in `unmatched` so that a test can check that nothing
 * it meant to stub was missed.
 */
export function setupApiServer() {
  const unmatched: string[] = [];
  const fallback = mswHttp.all(`${TEST_API_URL}/*`, ({ request }) => {
    unmatched.push(`${request.method} ${new URL(request.url).pathname}`);
    return problemResponse(404, { title: 'Not found' });
  });
  const server = setupServer();
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
  });
  beforeEach(() => {
    unmatched.length = 0;
    server.resetHandlers(fallback);
  });
  afterAll(() => {
    server.close();
  });
  return {
    server,
    unmatched,
    /** Handlers for this test, before the fallback. */
    use: (...handlers: Parameters<typeof server.use>) => {
      server.use(...handlers);
    },
  };
}
