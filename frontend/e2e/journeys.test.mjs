// Browser journeys against the running stack (SPA, API, Keycloak): see ../README.md.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  at,
  api,
  BASE_URL,
  COALITION_3,
  launch,
  newPage,
  publicPages,
  seriousViolations,
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

describe('reading', () => {
  it('panorama → keyword → coalition', async () => {
    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/`);
    await settled(page);
    assert.equal(await page.title(), 'Panorama des coalitions · Fabrique');

    // The keyword "formation" of an axis' cloud leads to the coalitions carrying it.
    const cloud = page.locator('.keyword-cloud').first();
    const keyword = cloud.getByRole('link', { name: /^formation\b/ }).first();
    await keyword.click();
    await page.waitForURL(/\/coalitions\?.*keyword=formation/);
    await settled(page);
    const card = page.getByRole('link', { name: /formations supérieures numériques/ }).first();
    await card.click();
    await page.waitForURL(at(`/coalitions/${COALITION_3}`));
    // A client-side navigation: the list's heading may stay until the coalition's route has loaded.
    await page
      .getByRole('heading', { level: 1, name: /formations supérieures numériques/ })
      .waitFor();
    await settled(page);
    await page.getByRole('heading', { name: 'Intention transformatrice' }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('finds "éthiques" when searching "ethique" (accents ignored)', async () => {
    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/`);
    await settled(page);
    const search = page.getByRole('search').getByRole('searchbox');
    await search.fill('ethique');
    await search.press('Enter');
    await page.waitForURL(/\/search\?q=ethique/);
    await settled(page);
    const hit = page.getByRole('link', { name: /éthiques/ }).first();
    await hit.waitFor();
    assert.equal(await hit.getAttribute('href'), `/coalitions/${COALITION_3}`);
    await page.context().close();
  });

  it('switches to English and remembers it after a reload', async () => {
    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/`);
    await settled(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Panorama of the coalitions' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.reload();
    await settled(page);
    assert.equal(await page.locator('h1').innerText(), 'Panorama of the coalitions');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(
      await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'),
      'true',
    );
    await page.context().close();
  });

  it('goes from the panorama to a coalition with the keyboard only, focus visible', async () => {
    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/`);
    await settled(page);
    let reached = null;
    for (let presses = 0; presses < 120 && !reached; presses++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element) return null;
        const style = getComputedStyle(element);
        return {
          href: element.getAttribute('href'),
          focusVisible: element.matches(':focus-visible'),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
        };
      });
      assert.ok(focused, 'something has the focus');
      assert.ok(focused.focusVisible && focused.outline, `visible focus on ${focused.href}`);
      if (focused.href?.startsWith('/coalitions/')) reached = focused.href;
    }
    assert.ok(reached, 'a coalition link is reachable with Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(at(`${reached}`));
    // After the navigation the focus moves to the new page's content.
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    await settled(page);
    await page.getByRole('heading', { name: 'Intention transformatrice' }).waitFor();
    await page.context().close();
  });
});

describe('editing rights', () => {
  it('a member sees no edit control on #3 and the edit address is refused', async () => {
    const page = await newPage(browser);
    await signIn(page, 'member');
    await page.goto(`${BASE_URL}/coalitions/${COALITION_3}`);
    await settled(page);
    await page.getByRole('heading', { name: 'Déclinaisons territoriales' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Modifier la coalition' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: /Modifier la déclinaison/ }).count(), 0);

    await page.goto(`${BASE_URL}/coalitions/${COALITION_3}/edit`);
    await page.getByRole('heading', { level: 1, name: 'Accès non autorisé' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Enregistrer' }).count(), 0);
    await page.context().close();
  });

  it('the coordinator of #3 edits it and sees the change (then restores it)', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator');
    await page.goto(`${BASE_URL}/coalitions/${COALITION_3}`);
    await settled(page);
    await page.getByRole('link', { name: 'Modifier la coalition' }).click();
    await page.waitForURL(at(`/coalitions/${COALITION_3}/edit`));
    await settled(page);

    // A previous run that stopped half-way may have left its marker: start from the original.
    const marker = / \[e2e [^\]]*\]$/;
    const current = await api(`/api/v1/coalitions/${COALITION_3}`);
    const original = (current.summary ?? '').replace(marker, '');
    const changed = `${original} [e2e ${Date.now()}]`;

    const summary = page.getByRole('textbox', { name: 'Résumé' });
    assert.equal((await summary.inputValue()).replace(marker, ''), original);
    await summary.fill(changed);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.waitForURL(at(`/coalitions/${COALITION_3}`));
    await page.getByRole('status').filter({ hasText: 'Modifications enregistrées.' }).waitFor();
    await page.getByText(changed).waitFor();
    assert.equal((await api(`/api/v1/coalitions/${COALITION_3}`)).summary, changed);

    // Restore the summary, so that the journey can run again on the same data.
    await page.getByRole('link', { name: 'Modifier la coalition' }).click();
    await settled(page);
    await page.getByRole('textbox', { name: 'Résumé' }).fill(original);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.waitForURL(at(`/coalitions/${COALITION_3}`));
    await page.getByText(original, { exact: true }).waitFor();
    assert.equal((await api(`/api/v1/coalitions/${COALITION_3}`)).summary, original);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe('accessibility (axe-core: no serious or critical violation)', () => {
  let pages;
  before(async () => {
    pages = await publicPages();
  });

  it('every public page', async () => {
    const page = await newPage(browser);
    const failures = {};
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${BASE_URL}${path}`);
      await settled(page);
      const violations = await seriousViolations(page);
      if (violations.length > 0) failures[name] = violations;
    }
    assert.deepEqual(failures, {});
    await page.context().close();
  });

  it('the edit form (signed in as the coordinator of #3)', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator');
    await page.goto(`${BASE_URL}/coalitions/${COALITION_3}/edit`);
    await settled(page);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    // With the errors shown: an empty title, then an attempt to save.
    const title = page.getByRole('region', { name: 'L’essentiel' }).getByRole('textbox', {
      name: /^Titre/,
    });
    await title.fill('');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByRole('alert').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.context().close();
  });
});
