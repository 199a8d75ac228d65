import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startupScript } from '../../scripts/startup-plugin';
import { loadRuntimeConfig } from '@/config/runtime-config';
import { SESSION_HINT_KEY } from '@/lib/auth';
import { takeEarlyData } from '@/lib/early-data';

const startup = {
  entry: 'assets/index.js',
  preloads: ['assets/start.js'],
  config: 'config.json',
  sessionKey: SESSION_HINT_KEY,
  languageKey: 'fabrique.language',
  languages: ['fr', 'en'],
  shells: [{ name: 'panorama', pattern: '^/$' }],
  pages: [
    { pattern: '^/$', api: '/api/v1/panorama', files: ['assets/panorama.js'] },
    {
      pattern: '^/coalitions/(?!new/?$)([a-z0-9-]+)/?$',
      api: '/api/v1/coalitions/$1',
      files: ['assets/coalition.js', 'assets/format.js'],
    },
  ],
};

/** Runs the inline start-up script of index.html at `path`, as the browser would. */
function start(path: string) {
  window.history.replaceState(null, '', path);
  // The generated inline script itself, run as the browser runs it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
  new Function(startupScript(startup, '/'))();
}

const sources = (selector: string, attribute: 'href' | 'src') =>
  [...document.head.querySelectorAll<HTMLElement>(selector)].map(
    (element) => new URL(element.getAttribute(attribute) ?? '', 'http://localhost').pathname,
  );
const preloads = () => sources('link[rel="modulepreload"]', 'href');
const scripts = () => sources('script[type="module"]', 'src');
/** Waits until the script has asked for everything (one request a task, after the first paint). */
const started = () =>
  vi.waitFor(() => {
    expect(scripts()).toEqual(['/assets/index.js']);
  });

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
  beforeEach(() => {
    // The script waits for the first paint; jsdom paints nothing.
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      callback(0);
      return 0;
    });
  });

  afterEach(async () => {
    // Let a run's last queued steps finish before the next test looks at the document.
    await new Promise((resolve) => setTimeout(resolve, 20));
    document.head
      .querySelectorAll('link[rel="modulepreload"], script[type="module"]')
      .forEach((element) => {
        element.remove();
      });
    window.localStorage.removeItem(SESSION_HINT_KEY);
    window.__fabriqueEarly = undefined;
    window.__fabriqueConfig = undefined;
    vi.unstubAllGlobals();
    window.history.replaceState(null, '', '/');
  });

  it("chooses the landing page's shell and the remembered language before the first paint", () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    stubFetch({});
    window.localStorage.setItem('fabrique.language', 'en');
    start('/');
    expect(document.documentElement.getAttribute('data-boot')).toBe('panorama-en');
    expect(document.documentElement.lang).toBe('en');
    window.localStorage.removeItem('fabrique.language');
    start('/');
    expect(document.documentElement.getAttribute('data-boot')).toBe('panorama-fr');
    expect(document.documentElement.lang).toBe('fr');
    document.documentElement.removeAttribute('data-boot');
    start('/coalitions/c3');
    expect(document.documentElement.getAttribute('data-boot')).toBeNull();
  });

  it('asks for nothing before the first paint', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const fetchSpy = stubFetch({});
    start('/');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(scripts()).toEqual([]);
    expect(preloads()).toEqual([]);
  });

  it("loads the app, preloads a coalition page's chunks and requests the coalition", async () => {
    const coalition = { slug: 'c3', title: 'Coalition #3' };
    const fetchSpy = stubFetch({
      '/config.json': { apiUrl: 'http://api.test/' },
      '/api/v1/coalitions/c3': coalition,
    });
    start('/coalitions/c3');
    await started();
    await vi.waitFor(() => {
      expect(preloads()).toEqual(['/assets/start.js', '/assets/coalition.js', '/assets/format.js']);
    });
    expect(takeEarlyData('/api/v1/panorama')).toBeUndefined();
    await expect(takeEarlyData('/api/v1/coalitions/c3')).resolves.toEqual(coalition);
    expect(fetchSpy).toHaveBeenLastCalledWith('http://api.test/api/v1/coalitions/c3', {
      headers: { Accept: 'application/json' },
    });
    // Taken once: a later read asks the API.
    expect(takeEarlyData('/api/v1/coalitions/c3')).toBeUndefined();
  });

  it('hands its config.json request to the app, which does not ask again', async () => {
    const fetchSpy = stubFetch({ '/config.json': { apiUrl: 'http://api.test', realm: 'early' } });
    start('/notes');
    await started();
    const config = await loadRuntimeConfig();
    expect(config.realm).toBe('early');
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('answers null when the early request fails, so that the app asks itself', async () => {
    stubFetch({ '/config.json': { apiUrl: 'http://api.test' } });
    start('/');
    await started();
    await expect(takeEarlyData('/api/v1/panorama')).resolves.toBeNull();
  });

  it('requests no data for a signed-in person (their view may differ), only the code', async () => {
    window.localStorage.setItem(SESSION_HINT_KEY, '1');
    const fetchSpy = stubFetch({ '/config.json': {} });
    start('/');
    await started();
    await vi.waitFor(() => {
      expect(preloads()).toEqual(['/assets/start.js', '/assets/panorama.js']);
    });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(window.__fabriqueEarly).toBeUndefined();
  });

  it('loads only the app on other pages (the new-coalition form included)', async () => {
    const fetchSpy = stubFetch({ '/config.json': {} });
    start('/coalitions/new');
    await started();
    await vi.waitFor(() => {
      expect(preloads()).toEqual(['/assets/start.js']);
    });
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(window.__fabriqueEarly).toBeUndefined();
  });
});
