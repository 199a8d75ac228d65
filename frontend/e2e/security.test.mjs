// The Content-Security-Policy and the other headers the SPA is served with (vite preview here,
// nginx in production: see scripts/security-headers.ts and deploy/). Anonymous, so it runs
// without Keycloak, except the sign-in journey, skipped when Keycloak does not answer.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  API_URL,
  BASE_URL,
  COALITION_3,
  launch,
  newPage,
  publicPages,
  settled,
  signIn,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/**
 * A page that records every CSP violation: the `securitypolicyviolation` events of the document
 * (the listener is added before any of the page's scripts runs) and the browser's console errors
 * about the policy.
 */
async function watchedPage() {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`,
      );
    });
  });
  const consoleErrors = [];
  page.on('console', (message) => {
    // The app's documents only: the identity server's pages have a policy of their own.
    const fromApp = (message.location().url ?? '').startsWith(BASE_URL);
    if (message.type() === 'error' && fromApp && /Content Security Policy/i.test(message.text())) {
      consoleErrors.push(message.text());
    }
  });
  page.consoleErrors = consoleErrors;
  return page;
}

const violations = async (page) => [
  ...(await page.evaluate(() => window.__cspViolations ?? [])),
  ...page.consoleErrors.splice(0),
];

describe('Content-Security-Policy', () => {
  let pages;
  before(async () => {
    pages = await publicPages();
  });

  it('every public page loads, renders and loads its parts without a violation', async () => {
    const page = await watchedPage();
    const found = {};
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${BASE_URL}${path}`);
      await settled(page);
      // The lower sections (comments, suggestions) load their code and styles when scrolled to.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      const seen = await violations(page);
      if (seen.length > 0) found[name] = seen;
    }
    assert.deepEqual(found, {});
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('navigating between pages in the app (lazy pages and their data) raises no violation', async () => {
    const page = await watchedPage();
    await page.goto(`${BASE_URL}/`);
    await settled(page);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    for (const link of [
      'Coalitions',
      'Territoires',
      'Événements',
      'Notes',
      'Acteurs',
      'Panorama',
    ]) {
      await nav.getByRole('link', { name: link, exact: true }).click();
      await page.waitForLoadState('networkidle');
      await settled(page);
    }
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('signing in, and a later visit that restores the session silently (frames), raise no violation', async (t) => {
    const { keycloakUrl, realm } = await (await fetch(`${BASE_URL}/config.json`)).json();
    const keycloakUp = await fetch(`${keycloakUrl}/realms/${realm}`).then(
      (response) => response.ok,
      () => false,
    );
    if (!keycloakUp) {
      t.skip(`Keycloak does not answer at ${keycloakUrl}`);
      return;
    }
    const page = await watchedPage();
    await signIn(page, 'member');
    const afterSignIn = await violations(page);
    // A new visit: keycloak-js checks the session in hidden frames (silent-check-sso.html).
    await page.goto(`${BASE_URL}/coalitions/${COALITION_3}`);
    await settled(page);
    await page
      .getByRole('button', { name: /Se déconnecter|Sign out/ })
      .waitFor({ timeout: 30_000 });
    assert.deepEqual([...afterSignIn, ...(await violations(page))], []);
    await page.context().close();
  });

  it('the built page has no inline script or style', async () => {
    const page = await watchedPage();
    await page.goto(`${BASE_URL}/`);
    await settled(page);
    const inline = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script:not([src])').length,
      styles: document.querySelectorAll('style').length,
    }));
    assert.deepEqual(inline, { scripts: 0, styles: 0 });
    await page.context().close();
  });
});

describe('response headers', () => {
  const policyOf = (headers) =>
    Object.fromEntries(
      headers['content-security-policy'].split(/;\s*/).map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values];
      }),
    );

  it('the document: a strict policy naming the API, security headers, never cached stale', async () => {
    for (const path of ['/', '/coalitions/formations-superieures-numeriques-ethiques']) {
      const response = await fetch(`${BASE_URL}${path}`);
      assert.equal(response.status, 200);
      const headers = Object.fromEntries(response.headers);
      const policy = policyOf(headers);
      assert.deepEqual(policy['script-src'], ["'self'"]);
      assert.deepEqual(policy['style-src'], ["'self'"]);
      assert.deepEqual(policy['default-src'], ["'self'"]);
      assert.deepEqual(policy['object-src'], ["'none'"]);
      assert.deepEqual(policy['base-uri'], ["'self'"]);
      assert.deepEqual(policy['frame-ancestors'], ["'self'"]);
      assert.ok(policy['connect-src'].includes(new URL(API_URL).origin), policy['connect-src']);
      assert.doesNotMatch(headers['content-security-policy'], /unsafe-inline|unsafe-eval/);
      assert.equal(headers['x-content-type-options'], 'nosniff');
      assert.equal(headers['referrer-policy'], 'no-referrer');
      assert.equal(headers['cache-control'], 'no-cache');
    }
    const config = await fetch(`${BASE_URL}/config.json`);
    assert.equal(config.headers.get('cache-control'), 'no-cache');
  });

  it('a hashed asset: cached for a year, immutable, with the same security headers', async () => {
    const html = await (await fetch(`${BASE_URL}/`)).text();
    const script = /<script[^>]+src="([^"]*\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    assert.ok(script, 'index.html loads a script from /assets/');
    const response = await fetch(new URL(script, BASE_URL));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(response.headers.get('content-security-policy'));
  });
});
