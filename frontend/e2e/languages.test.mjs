// Both languages (issue 17): content in the reader's language, French texts marked lang="fr" on
// English pages, the language kept in every address. Runs against the stack with the demo data.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  API_URL,
  at,
  BASE_URL,
  COALITION_3,
  launch,
  newPage,
  publicPages,
  seriousViolations,
  settled,
} from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The API's answer in a language (the demo data holds English translations of #3). */
async function inLanguage(path, lang) {
  const response = await fetch(`${API_URL}${path}`, {
    headers: { Accept: 'application/json', 'Accept-Language': lang },
  });
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return response.json();
}

/** Every lang attribute of the page, with the start of the text it marks. */
function langAttributes(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('body [lang]')].map((element) => ({
      lang: element.getAttribute('lang'),
      text: (element.textContent ?? '').trim().slice(0, 60),
    })),
  );
}

describe('both languages', () => {
  it('an English reader reads coalition #3 in English, its French note marked lang="fr"', async () => {
    const english = await inLanguage(`/api/v1/coalitions/${COALITION_3}`, 'en');
    assert.equal(english.languages.texts.title, 'en', 'the demo data translates the title of #3');
    const notes = await inLanguage(`/api/v1/notes?coalition=${COALITION_3}`, 'en');
    const frenchNote = notes.items.find((note) => note.languages.texts.title === 'fr');
    assert.ok(frenchNote, 'a note of #3 is in French only');

    const page = await newPage(browser, { locale: 'en-GB' });
    await page.goto(`${BASE_URL}/coalitions/${COALITION_3}?lang=en`);
    await settled(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

    const title = page.getByRole('heading', { level: 1, name: english.title });
    await title.waitFor();
    assert.equal(await title.getAttribute('lang'), null, 'an English title on an English page');

    // Its canvas is translated part by part (the demo data translates #3's problems).
    const problem = english.problems.find((item) => item.languages.texts.title === 'en');
    assert.ok(problem, 'a problem of #3 has its English title');
    const problemHeading = page.getByRole('heading', { name: problem.title });
    await problemHeading.waitFor();
    assert.equal(await problemHeading.getAttribute('lang'), null);

    const note = page.getByRole('link', { name: frenchNote.title }).first();
    await note.waitFor();
    assert.equal(await note.getAttribute('lang'), 'fr');

    // The language stays in the address, across a navigation too.
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
    await note.click();
    await page.waitForURL(at(`/notes/${frenchNote.slug}`));
    await settled(page);
    // The app writes the language back into the new address just after it shows the page
    // (LanguageInUrl replaces the entry): wait for that, rather than read the URL once.
    await page.waitForURL((url) => new URL(url.toString()).searchParams.get('lang') === 'en', {
      timeout: 10_000,
    });
    const noteTitle = page.locator('main h1 [lang="fr"]', { hasText: frenchNote.title });
    await noteTitle.waitFor();
    assert.equal(await page.locator('main .prose').getAttribute('lang'), 'fr');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('records with no translation say their language: an actor’s French texts are marked', async () => {
    const actor = await inLanguage('/api/v1/actors/latitudes', 'en');
    assert.equal(actor.languages.original, 'fr');
    const page = await newPage(browser, { locale: 'en-GB' });
    await page.goto(`${BASE_URL}/actors/latitudes?lang=en`);
    await settled(page);
    const description = page.locator('main p.lead');
    await description.waitFor();
    assert.equal(await description.getAttribute('lang'), 'fr');
    // A coalition named on another record carries its title's language: #3 in English.
    await page.goto(`${BASE_URL}/notes/notes-du-reset-day-4?lang=en`);
    await settled(page);
    const c3 = page.locator(`main footer a[href^="/coalitions/${COALITION_3}"] span`);
    await c3.waitFor();
    assert.equal(await c3.getAttribute('lang'), null, 'the English title of #3, unmarked');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('a French reader gets French problem details from the API', async () => {
    const response = await fetch(`${API_URL}/api/v1/coalitions/nulle-part`, {
      headers: { Accept: 'application/json', 'Accept-Language': 'fr' },
    });
    assert.equal(response.status, 404);
    const problem = await response.json();
    assert.equal(problem.type, 'https://fabrique.example/problems/not-found');
    assert.equal(problem.title, 'Introuvable');
    assert.match(problem.detail, /nulle-part/);
  });

  it('search finds the translated coalition by an English word', async () => {
    const page = await newPage(browser, { locale: 'en-GB' });
    await page.goto(`${BASE_URL}/search?q=higher&lang=en`);
    await settled(page);
    const hit = page.locator(`main a[href^="/coalitions/${COALITION_3}"]`).first();
    await hit.waitFor();
    // The hit shows the English title, unmarked on an English page.
    assert.match((await hit.textContent()) ?? '', /higher digital education/i);
    assert.equal(
      await hit.evaluate((element) => element.parentElement?.getAttribute('lang')),
      null,
    );
    await page.context().close();
  });

  it('every public page in English: lang attributes name fr or en, and axe finds nothing', async () => {
    const pages = await publicPages();
    const page = await newPage(browser, { locale: 'en-GB' });
    const failures = {};
    for (const [name, path] of Object.entries(pages)) {
      const url = new URL(`${BASE_URL}${path}`);
      url.searchParams.set('lang', 'en');
      await page.goto(url.toString());
      await settled(page);
      const problems = [];
      if ((await page.evaluate(() => document.documentElement.lang)) !== 'en') {
        problems.push('<html lang> is not en');
      }
      for (const marked of await langAttributes(page)) {
        if (!['fr', 'en'].includes(marked.lang))
          problems.push(`lang="${marked.lang}": ${marked.text}`);
      }
      problems.push(...(await seriousViolations(page)).map((violation) => violation.id));
      if (problems.length > 0) failures[name] = problems;
    }
    assert.deepEqual(failures, {});
    await page.context().close();
  });
});
