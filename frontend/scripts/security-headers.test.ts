import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Connect, PreviewServer } from 'vite';
import {
  contentSecurityPolicy,
  previewSecurityHeaders,
  securityHeaders,
  securityHeadersMiddleware,
} from './security-headers.ts';

const local = { apiUrl: 'http://localhost:28080', keycloakUrl: 'http://localhost:8180' };

/** Runs a middleware on a request for `url`; answers the headers it set and whether it went on. */
function run(middleware: ReturnType<typeof securityHeadersMiddleware>, url: string) {
  const headers = new Map<string, string>();
  const response: Pick<ServerResponse, 'setHeader'> = {
    setHeader(name, value) {
      headers.set(name.toLowerCase(), String(value));
      return this as ServerResponse;
    },
  };
  let next = false;
  middleware({ url }, response, () => {
    next = true;
  });
  return { headers, next };
}

describe('contentSecurityPolicy', () => {
  it('allows the app’s own files only, and the API and Keycloak where they are needed', () => {
    const policy = contentSecurityPolicy(local);
    const directives = Object.fromEntries(
      policy.split('; ').map((directive) => {
        const [name = '', ...values] = directive.split(' ');
        return [name, values.join(' ')];
      }),
    );
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self' http://localhost:28080 http://localhost:8180",
      'frame-src': "'self' http://localhost:8180",
      'frame-ancestors': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self' http://localhost:8180",
    });
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('names origins only (no path), once, and nothing for a same-origin API', () => {
    expect(
      contentSecurityPolicy({ apiUrl: '', keycloakUrl: 'https://id.example.org/auth/' }),
    ).toContain("connect-src 'self' https://id.example.org;");
    expect(
      contentSecurityPolicy({
        apiUrl: 'https://example.org/api',
        keycloakUrl: 'https://example.org/auth',
      }),
    ).toContain("connect-src 'self' https://example.org;");
  });
});

describe('securityHeadersMiddleware (vite preview)', () => {
  let dist = '';
  let middleware: ReturnType<typeof securityHeadersMiddleware>;
  beforeEach(() => {
    dist = mkdtempSync(path.join(tmpdir(), 'fabrique-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    for (const file of ['start-abc.js', 'index-abc.css']) {
      writeFileSync(path.join(dist, 'assets', file), '');
    }
    middleware = securityHeadersMiddleware(securityHeaders(local), dist);
  });
  afterEach(() => {
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends the policy and the security headers with every answer', () => {
    for (const url of ['/', '/coalitions/x?page=2', '/config.json', '/assets/start-abc.js']) {
      const { headers, next } = run(middleware, url);
      expect(next).toBe(true);
      expect(headers.get('content-security-policy')).toBe(contentSecurityPolicy(local));
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });

  it('keeps hashed assets for a year and revalidates everything else', () => {
    const cache = (url: string) => run(middleware, url).headers.get('cache-control');
    expect(cache('/assets/start-abc.js')).toBe('public, max-age=31536000, immutable');
    expect(cache('/assets/index-abc.css?x=1')).toBe('public, max-age=31536000, immutable');
    expect(cache('/')).toBe('no-cache');
    expect(cache('/index.html')).toBe('no-cache');
    expect(cache('/coalitions/formations-superieures-numeriques-ethiques')).toBe('no-cache');
    expect(cache('/config.json')).toBe('no-cache');
    // A missing asset's 404 is not kept, even outside the folder.
    expect(cache('/assets/missing-abc.js')).toBe('no-cache');
    expect(cache('/assets/../../etc/passwd')).toBe('no-cache');
  });
});

describe('previewSecurityHeaders', () => {
  let dist = '';
  beforeEach(() => {
    dist = mkdtempSync(path.join(tmpdir(), 'fabrique-preview-'));
  });
  afterEach(() => {
    rmSync(dist, { recursive: true, force: true });
  });

  /** Starts the plugin as `vite preview` would, on `dist`; answers the middleware it added. */
  function start() {
    const used: Connect.NextHandleFunction[] = [];
    const warn = vi.fn();
    const server = {
      config: { root: dist, build: { outDir: '.' }, logger: { warn } },
      middlewares: { use: (fn: Connect.NextHandleFunction) => used.push(fn) },
    } as unknown as PreviewServer;
    const hook = previewSecurityHeaders().configurePreviewServer;
    if (typeof hook !== 'function') throw new Error('no configurePreviewServer hook');
    void hook.call({} as never, server);
    const [middleware] = used;
    if (!middleware) throw new Error('no middleware');
    return { middleware: middleware as ReturnType<typeof securityHeadersMiddleware>, warn };
  }

  it('takes the origins from the config.json being served', () => {
    writeFileSync(
      path.join(dist, 'config.json'),
      JSON.stringify({ apiUrl: 'https://api.example.org', keycloakUrl: 'https://id.example.org' }),
    );
    const { middleware } = start();
    expect(run(middleware, '/').headers.get('content-security-policy')).toContain(
      "connect-src 'self' https://api.example.org https://id.example.org;",
    );
  });

  it('falls back to the default origins, and says so, without a config.json', () => {
    const { middleware, warn } = start();
    expect(run(middleware, '/').headers.get('content-security-policy')).toContain(
      "connect-src 'self' http://localhost:8080 http://localhost:8180;",
    );
    expect(warn).toHaveBeenCalled();
  });
});

describe('deploy/write-config.sh (nginx)', () => {
  let out = '';
  beforeEach(() => {
    out = mkdtempSync(path.join(tmpdir(), 'fabrique-nginx-'));
  });
  afterEach(() => {
    rmSync(out, { recursive: true, force: true });
  });

  const write = (env: Record<string, string>) =>
    execFileSync('sh', [path.resolve('deploy/write-config.sh')], {
      env: { PATH: process.env.PATH, FABRIQUE_HTML_DIR: out, FABRIQUE_NGINX_DIR: out, ...env },
      stdio: 'pipe',
    });

  it('writes the same policy as vite preview sends, and the runtime configuration', () => {
    const settings = {
      apiUrl: 'https://api.example.org',
      keycloakUrl: 'https://id.example.org:8443/auth',
    };
    write({ FABRIQUE_API_URL: settings.apiUrl, FABRIQUE_KEYCLOAK_URL: settings.keycloakUrl });
    const snippet = readFileSync(path.join(out, 'fabrique/security-headers.conf'), 'utf8');
    expect(snippet).toContain(
      `add_header Content-Security-Policy "${contentSecurityPolicy(settings)}" always;`,
    );
    for (const [name, value] of Object.entries(securityHeaders(settings))) {
      expect(snippet).toContain(`add_header ${name} "${value}" always;`);
    }
    expect(snippet).toContain('add_header Strict-Transport-Security $fabrique_hsts always;');
    expect(JSON.parse(readFileSync(path.join(out, 'config.json'), 'utf8'))).toMatchObject(settings);
  });

  it('handles a same-origin API, and refuses a URL that could break the header', () => {
    write({ FABRIQUE_API_URL: '', FABRIQUE_KEYCLOAK_URL: 'https://id.example.org' });
    const snippet = readFileSync(path.join(out, 'fabrique/security-headers.conf'), 'utf8');
    expect(snippet).toContain(
      contentSecurityPolicy({ apiUrl: '', keycloakUrl: 'https://id.example.org' }),
    );
    expect(() =>
      write({ FABRIQUE_API_URL: 'https://x.example"; add_header X 1', FABRIQUE_KEYCLOAK_URL: '' }),
    ).toThrow();
  });
});
