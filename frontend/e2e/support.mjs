// Shared pieces of the browser journeys: the stack's URLs, Debian's Chromium driven by
// playwright-core, sign-in through the real Keycloak form, axe-core checks.
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:5173').replace(/\/$/, '');
export const API_URL = (process.env.E2E_API_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** The REST interface of the local mail sink (GreenMail: scripts/mail-sink.sh). */
export const MAIL_URL = (process.env.E2E_MAIL_URL ?? 'http://127.0.0.1:8025').replace(/\/$/, '');

/** Coalition #3 of the Reset Day 4: its coordinator is the demo user `coordinator`. */
export const COALITION_3 = 'formations-superieures-numeriques-ethiques';

export async function launch() {
  return chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser context (no cookies, no storage), French unless told otherwise. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  page.errors = errors;
  return page;
}

/**
 * A URL predicate for waitForURL: the app's address `path` (with its own query, if any),
 * whatever language the address carries (`lang`, which the app keeps in every address).
 */
export function at(path) {
  const wanted = new URL(`${BASE_URL}${path}`);
  return (url) => {
    const actual = new URL(url.toString());
    actual.searchParams.delete('lang');
    return (
      actual.origin === wanted.origin &&
      actual.pathname === wanted.pathname &&
      actual.searchParams.toString() === wanted.searchParams.toString()
    );
  };
}

const KEYCLOAK_SCRIPT = new URL('../../scripts/keycloak.sh', import.meta.url).pathname;

/** An access token of a demo user of the local realm (password grant, see scripts/keycloak.sh). */
export function tokenOf(user) {
  return execFileSync(KEYCLOAK_SCRIPT, ['token', user], { encoding: 'utf8' }).trim();
}

/** A call to the API with a bearer token; returns the parsed body (or null for 204). */
export async function call(token, method, path, body) {
  const response = await fetch(`${API_URL}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  }
  return response.status === 204 ? null : response.json();
}

/** The API, read directly (to pick slugs, or to find the current state before an edit). */
export async function api(path) {
  const response = await fetch(`${API_URL}${path}`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return response.json();
}

/** Decodes a raw mail's quoted-printable soft breaks and escapes (enough to find links in it). */
function unquote(raw) {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The mails the sink received for an address, waiting (20 s at most) until there are `atLeast`:
 * `{ subject, raw }` with the whole message decoded enough to read links.
 */
export async function mailsTo(address, atLeast = 1) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const response = await fetch(
      `${MAIL_URL}/api/user/${encodeURIComponent(address)}/messages/INBOX`,
    );
    const mails = response.ok ? await response.json() : [];
    if (mails.length >= atLeast || Date.now() > deadline) {
      return mails.map((mail) => ({ subject: mail.subject, raw: unquote(mail.mimeMessage) }));
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Every public page of the app, by name, with slugs read from the API (the demo data). */
export async function publicPages() {
  const [axes, territories, events, notes, actors] = await Promise.all([
    api('/api/v1/axes'),
    api('/api/v1/territories/list?size=100'),
    api('/api/v1/events?size=1'),
    api('/api/v1/notes?size=1'),
    api('/api/v1/actors?size=1'),
  ]);
  const territory =
    territories.items.find((item) => item.slug === 'metropole-europeenne-de-lille') ??
    territories.items[0];
  return {
    panorama: '/',
    coalitions: '/coalitions',
    coalition: `/coalitions/${COALITION_3}`,
    axis: `/axes/${axes[0].slug}`,
    territories: '/territories',
    territory: `/territories/${territory.slug}`,
    events: '/events?when=past',
    event: `/events/${events.items[0].slug}`,
    notes: '/notes',
    note: `/notes/${notes.items[0].slug}`,
    actors: '/actors',
    actor: `/actors/${actors.items[0].slug}`,
    search: '/search?q=ethique',
    'not found': '/nulle-part',
  };
}

/** Waits until the page shows its content: a level-1 heading and no loading message. */
export async function settled(page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main .state--loading'));
  await page.waitForLoadState('networkidle');
}

/**
 * Signs in through the real Keycloak login form. Never retries with another password: the
 * realm locks an account after two quick failures.
 */
export async function signIn(page, username, password = username) {
  await page.goto(`${BASE_URL}/`);
  await settled(page);
  await page
    .getByRole('button', { name: /Se connecter|Sign in/ })
    .first()
    .click();
  await page.locator('#username').waitFor({ timeout: 30_000 });
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([
    page.waitForURL((url) => url.toString().startsWith(BASE_URL), { timeout: 30_000 }),
    page.click('#kc-login'),
  ]);
  await page.getByRole('button', { name: /Se déconnecter|Sign out/ }).waitFor({ timeout: 30_000 });
}

/** axe-core on the current page; returns the serious and critical violations. */
export async function seriousViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}
