// The production-like stack that ./test.sh starts: the production jar on PostgreSQL behind the
// API's nginx front (deploy/nginx-api.conf.template), Keycloak with the production realm
// (keycloak/realm-reset.json, its URL placeholders filled), and the SPA's production build behind
// Debian's nginx with frontend/deploy/nginx.conf (the file the image uses; only its listen address
// and root differ) and the headers write-config.sh writes. Run from frontend/:
//   E2E_BASE_URL   the SPA's nginx            E2E_API_URL   the API's nginx front
//   KEYCLOAK_URL   Keycloak (production realm "reset")
//   KEYCLOAK_ADMIN, KEYCLOAK_ADMIN_PASSWORD   its master-realm administrator (to create a user: the
//                  production realm has no demo users)
//   SUBMISSIONS_PER_ADDRESS   the backend's participation limit per client address
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { API_URL, BASE_URL, launch, newPage, settled, signIn } from '../e2e/support.mjs';

const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';
const PER_ADDRESS = Number(process.env.SUBMISSIONS_PER_ADDRESS ?? 3);
const username = `editrice-${Date.now().toString(36)}`;
const password = `Mot-de-passe-${Math.random().toString(36).slice(2)}`;
let browser;

async function adminToken() {
  const response = await fetch(`${KEYCLOAK_URL}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: process.env.KEYCLOAK_ADMIN ?? 'kc-admin',
      password: process.env.KEYCLOAK_ADMIN_PASSWORD ?? 'kc-admin',
    }),
  });
  assert.equal(response.status, 200, 'the Keycloak administrator signs in');
  return (await response.json()).access_token;
}

/** An editor of the production realm, made as an administrator would (admin REST API). */
async function createEditor() {
  const token = await adminToken();
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const created = await fetch(`${KEYCLOAK_URL}/admin/realms/reset/users`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      username,
      email: `${username}@example.org`,
      emailVerified: true,
      firstName: 'Édith',
      lastName: 'Production',
      enabled: true,
      credentials: [{ type: 'password', value: password, temporary: false }],
    }),
  });
  assert.equal(created.status, 201, 'user created');
  const id = created.headers.get('location').split('/').pop();
  const role = await (
    await fetch(`${KEYCLOAK_URL}/admin/realms/reset/roles/editor`, { headers })
  ).json();
  const mapped = await fetch(`${KEYCLOAK_URL}/admin/realms/reset/users/${id}/role-mappings/realm`, {
    method: 'POST',
    headers,
    body: JSON.stringify([role]),
  });
  assert.equal(mapped.status, 204, 'editor role given');
}

before(async () => {
  browser = await launch();
  await createEditor();
});
after(async () => {
  await browser?.close();
});

describe('the SPA behind nginx with deploy/nginx.conf', () => {
  const expectSecurityHeaders = (response, what) => {
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/, `${what}: CSP script-src 'self'`);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, `${what}: no unsafe-*`);
    assert.match(csp, /frame-ancestors 'self'/, `${what}: frame-ancestors`);
    assert.match(csp, /object-src 'none'/, `${what}: object-src`);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', `${what}: nosniff`);
    assert.equal(
      response.headers.get('referrer-policy'),
      'no-referrer',
      `${what}: referrer policy`,
    );
    assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN', `${what}: X-Frame-Options`);
    // Plain HTTP here: HSTS is sent only over TLS (the map in nginx.conf).
    assert.equal(
      response.headers.get('strict-transport-security'),
      null,
      `${what}: no HSTS over HTTP`,
    );
  };

  it('sends the security headers on every kind of response, with the right caching', async () => {
    const index = await fetch(`${BASE_URL}/`);
    const html = await index.text();
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)[1];
    const cases = [
      ['/', 200, 'no-cache'],
      ['/index.html', 200, 'no-cache'],
      ['/config.json', 200, 'no-cache'],
      [asset, 200, 'public, max-age=31536000, immutable'],
      ['/coalitions/formations-superieures-numeriques-ethiques', 200, 'no-cache'],
      ['/assets/does-not-exist.js', 404, null],
    ];
    for (const [path, status, cache] of cases) {
      const response = await fetch(`${BASE_URL}${path}`);
      assert.equal(response.status, status, path);
      expectSecurityHeaders(response, path);
      if (cache)
        assert.equal(response.headers.get('cache-control'), cache, `${path}: Cache-Control`);
    }
    const config = await (await fetch(`${BASE_URL}/config.json`)).json();
    assert.equal(config.apiUrl, API_URL);
    assert.equal(config.keycloakUrl, KEYCLOAK_URL);
  });

  it('signs in with PKCE through the production realm, and the API knows the editor', async () => {
    const page = await newPage(browser);
    const authorizations = [];
    page.on('request', (request) => {
      if (request.url().includes('/protocol/openid-connect/auth'))
        authorizations.push(new URL(request.url()));
    });
    await signIn(page, username, password);
    assert.ok(authorizations.length > 0, 'went through the authorization endpoint');
    const auth = authorizations.at(-1);
    assert.equal(auth.searchParams.get('client_id'), 'fabrique-spa');
    assert.equal(auth.searchParams.get('code_challenge_method'), 'S256', 'PKCE S256');
    assert.ok(auth.searchParams.get('code_challenge'), 'a code challenge');
    // The page shows the account the API made from the token.
    await settled(page);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe('the API behind its nginx front', () => {
  it("ignores a client's own X-Forwarded-For: the limit per address holds whatever it claims", async () => {
    const notes = await (await fetch(`${API_URL}/api/v1/notes?size=1`)).json();
    const note = notes.items[0].slug;
    const statuses = [];
    for (let i = 0; i <= PER_ADDRESS; i++) {
      const response = await fetch(`${API_URL}/api/v1/notes/${note}/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `203.0.113.${i + 1}` },
        body: JSON.stringify({
          authorName: 'Camille',
          email: `camille${i}-${Date.now()}@example.org`,
          body: `Commentaire ${i} par l'avant`,
          formStartedAt: new Date(Date.now() - 60_000).toISOString(),
        }),
      });
      statuses.push(response.status);
    }
    // Were the claimed addresses believed, each would have a bucket of its own and all would pass.
    const accepted = statuses.filter((s) => s === 201 || s === 202).length;
    assert.ok(accepted <= PER_ADDRESS, `statuses ${statuses}`);
    assert.equal(statuses.at(-1), 429, `statuses ${statuses}`);
    assert.ok(
      statuses.every((s) => [201, 202, 429].includes(s)),
      `statuses ${statuses}`,
    );
  });

  it("Swagger UI's Authorize signs in through the production realm and calls the API with the token", async () => {
    const page = await newPage(browser);
    await page.goto(`${API_URL}/q/swagger-ui/`);
    // The contract rendered (its operations listed) before anything is clicked: on a busy machine
    // the large document and the discovery of the realm take a while.
    await page.locator('.opblock-tag-section').first().waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Authorize' }).first().click();
    // The modal shows the scheme discovered from the deployment's Keycloak, the SPA's public
    // client prefilled; its own Authorize button opens the sign-in in a popup.
    const dialog = page.locator('.modal-ux');
    await dialog.locator('#client_id_authorization_code').waitFor({ timeout: 40_000 });
    assert.equal(
      await dialog.locator('#client_id_authorization_code').inputValue(),
      'fabrique-spa',
    );
    const popupPromise = page.context().waitForEvent('page');
    await dialog.locator('button.authorize').first().click();
    const popup = await popupPromise;
    await popup.locator('#username').waitFor({ timeout: 30_000 });
    assert.match(popup.url(), /code_challenge_method=S256/, 'Swagger UI uses PKCE');
    await popup.fill('#username', username);
    await popup.fill('#password', password);
    await popup.click('#kc-login');
    await dialog.locator('button', { hasText: 'Logout' }).first().waitFor({ timeout: 30_000 });
    await dialog.locator('button.close-modal').click();
    // Try GET /api/v1/me with the token Swagger UI now holds.
    const me = page.locator('#operations-Accounts-getMe, [id$="-getMe"]').first();
    await me.locator('.opblock-summary').click();
    await me.getByRole('button', { name: 'Try it out' }).click();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/v1/me')),
      me.getByRole('button', { name: 'Execute' }).click(),
    ]);
    assert.equal(response.status(), 200);
    assert.equal((await response.json()).username, username);
    await page.context().close();
  });
});
