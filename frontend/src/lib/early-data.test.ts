import { afterEach, describe, expect, it, vi } from 'vitest';
import { startupScript } from '../../scripts/startup-plugin';
import { SESSION_HINT_KEY } from '@/lib/auth';
import { takeEarlyData } from '@/lib/early-data';

const pages = [
  { pattern: '^/$', api: '/api/v1/panorama', files: ['assets/panorama.js'] },
  {
    pattern: '^/coalitions/(?!new/?$)([a-z0-9-]+)/?$',
    api: '/api/v1/coalitions/$1',
    files: ['assets/coalition.js', 'assets/format.js'],
  },
];

/** Runs the inline start-up script of index.html at `path`, as the browser would. */
function start(path: string) {
  window.history.replaceState(null, '', path);
  // The generated inline script itself, run as the browser runs it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  new Function(startupScript(pages, '/', SESSION_HINT_KEY))();
}

const preloads = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
    (link) => new URL(link.href).pathname,
  );

function stubFetch(answers: Record<string, unknown>) {
  const spy = vi.fn((url: string) => {
    const path = url.replace('http://api.test', '');
    return Promise.resolve(
      path in answers
        ? new Response(JSON.stringify(answers[path]), { status: 200 })
        : new Response('{}', { status: 404 }),
    );
  });
  vi.stubGlobal('fetch', spy);
  return spy;
}

describe('the start-up script of index.html', () => {
  afterEach(() => {
    document.head.querySelectorAll('link[rel="modulepreload"]').forEach((link) => {
      link.remove();
    });
    window.localStorage.removeItem(SESSION_HINT_KEY);
    window.__fabriqueEarly = undefined;
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it("preloads a coalition page's chunks and requests the coalition for the app", async () => {
    const coalition = { slug: 'c3', title: 'Coalition #3' };
    const fetchSpy = stubFetch({
      '/config.json': { apiUrl: 'http://api.test/' },
      '/api/v1/coalitions/c3': coalition,
    });
    start('/coalitions/c3');
    expect(preloads()).toEqual(['/assets/coalition.js', '/assets/format.js']);
    expect(takeEarlyData('/api/v1/panorama')).toBeUndefined();
    await expect(takeEarlyData('/api/v1/coalitions/c3')).resolves.toEqual(coalition);
    expect(fetchSpy).toHaveBeenLastCalledWith('http://api.test/api/v1/coalitions/c3', {
      headers: { Accept: 'application/json' },
    });
    // Taken once: a later read asks the API.
    expect(takeEarlyData('/api/v1/coalitions/c3')).toBeUndefined();
  });

  it('answers null when the early request fails, so that the app asks itself', async () => {
    stubFetch({ '/config.json': { apiUrl: 'http://api.test' } });
    start('/');
    expect(preloads()).toEqual(['/assets/panorama.js']);
    await expect(takeEarlyData('/api/v1/panorama')).resolves.toBeNull();
  });

  it('requests no data for a signed-in person (their view may differ), only the chunks', () => {
    window.localStorage.setItem(SESSION_HINT_KEY, '1');
    const fetchSpy = stubFetch({});
    start('/');
    expect(preloads()).toEqual(['/assets/panorama.js']);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(window.__fabriqueEarly).toBeUndefined();
  });

  it('does nothing on other pages (the new-coalition form included)', () => {
    const fetchSpy = stubFetch({});
    start('/coalitions/new');
    start('/notes');
    expect(preloads()).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
