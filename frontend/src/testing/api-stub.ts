import type { Schemas } from '@/lib/api-client';

/** Base URL of the API in tests; the stub answers requests under it. */
export const TEST_API_URL = 'http://api.test';

type Handler = (url: URL, request: Request) => unknown;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

export function problem(status: number, title: string): Response {
  const body: Schemas['Problem'] = { title, status, detail: title };
  return json(body, status);
}

export function page<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0 };
}

/**
 * Replaces the global fetch (the network boundary) with canned answers by API path, e.g.
 * `{ '/api/v1/panorama': panorama }`. A value is sent as JSON; a function gets the URL and
 * may return a body or a Response; an unknown path answers 404. Returns the fetch spy.
 */
export function stubApi(routes: Record<string, unknown>) {
  const spy = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    if (!(url.pathname in routes)) return problem(404, `No stub for ${url.pathname}`);
    const route = routes[url.pathname];
    const answer: unknown =
      typeof route === 'function' ? await (route as Handler)(url, request) : route;
    return answer instanceof Response ? answer : json(answer);
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}

/** The URLs the app asked for, for assertions. */
export function requestedUrls(spy: ReturnType<typeof stubApi>): URL[] {
  return spy.mock.calls.map(
    ([input]) => new URL(input instanceof Request ? input.url : String(input)),
  );
}
