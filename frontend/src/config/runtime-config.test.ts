import { defaultConfig, loadRuntimeConfig, parseRuntimeConfig } from '@/config/runtime-config';

describe('runtime configuration', () => {
  it('keeps the given settings and trims trailing slashes', () => {
    expect(
      parseRuntimeConfig({
        apiUrl: 'https://api.example.org/',
        keycloakUrl: 'https://id.example.org',
        realm: 'reset',
        clientId: 'spa',
      }),
    ).toEqual({
      apiUrl: 'https://api.example.org',
      keycloakUrl: 'https://id.example.org',
      realm: 'reset',
      clientId: 'spa',
    });
  });

  it('falls back to the defaults for missing or malformed settings', () => {
    expect(parseRuntimeConfig({ apiUrl: 42 })).toEqual(defaultConfig);
    expect(parseRuntimeConfig(null)).toEqual(defaultConfig);
  });

  it('accepts an empty apiUrl for a same-origin API', () => {
    expect(parseRuntimeConfig({ apiUrl: '' }).apiUrl).toBe('');
  });

  it('loads /config.json, or the defaults when it cannot be read', async () => {
    const fetchSpy = vi.fn(() => Promise.resolve(Response.json({ realm: 'other' })));
    vi.stubGlobal('fetch', fetchSpy);
    expect((await loadRuntimeConfig()).realm).toBe('other');
    expect(fetchSpy).toHaveBeenCalledWith('/config.json');

    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    expect(await loadRuntimeConfig()).toEqual(defaultConfig);
  });
});
