// Browser journeys of comments and moderation against the running stack (SPA, API, Keycloak):
// see ../README.md. Each journey makes its own comment (marked with a unique word), so that
// it can run again on the same database.
//
// Public submissions are rate-limited per client address (10 per 10 minutes by default, counting
// comments, suggestions, reports and erasure requests alike); these journeys make 6.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  at,
  api,
  BASE_URL,
  launch,
  mailsTo,
  newPage,
  seriousViolations,
  settled,
  signIn,
} from './support.mjs';

const NOTE = 'notes-du-reset-day-4';
/** The API's minimum time between showing a form and submitting it (3 s), with a margin. */
const MINIMUM_FILL_MS = 3500;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A page that fails the journey on any dialog (an alert() would mean a script ran). */
async function guardedPage(options) {
  const page = await newPage(browser, options);
  page.dialogs = [];
  page.on('dialog', async (dialog) => {
    page.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return page;
}

async function openNote(page) {
  await page.goto(`${BASE_URL}/notes/${NOTE}`);
  await settled(page);
  // The comments load when the reader scrolls near them.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const section = page.getByRole('region', { name: 'Commentaires' });
  await section.getByRole('form', { name: 'Laisser un commentaire' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('main .state--loading'));
  return section;
}

/** Waits until the form has been shown long enough for the API's minimum-time rule. */
async function waitMinimumTime(page, shownAt) {
  const left = MINIMUM_FILL_MS - (Date.now() - shownAt);
  if (left > 0) await page.waitForTimeout(left);
}

function violationsOf(page) {
  return seriousViolations(page);
}

describe('comments', () => {
  it('an anonymous comment with HTML is held, approved by a moderator, then published sanitised', async () => {
    const marker = `e2e${Date.now()}`;
    const name = `Visiteur ${marker}`;
    const email = `${marker}@example.org`;
    const visitor = await guardedPage();
    const section = await openNote(visitor);
    const shownAt = Date.now();
    assert.deepEqual(await violationsOf(visitor), [], 'note page with the comment form');

    const form = section.getByRole('form', { name: 'Laisser un commentaire' });
    await form.getByRole('textbox', { name: /^Nom/ }).fill(name);
    await form.getByRole('textbox', { name: /^Adresse e-mail/ }).fill(email);
    await form.getByRole('textbox', { name: /^Site web/ }).fill('https://visiteur.example');
    await form
      .getByRole('textbox', { name: /^Commentaire/ })
      .fill(
        `<b>ok ${marker}</b><script>alert('script')</script>` +
          `<a href="javascript:alert('href')">x</a>` +
          `<img src=x onerror="alert('img')"><svg onload="alert('svg')"></svg>` +
          ` <i onclick="alert('click')">fin</i>`,
      );
    await waitMinimumTime(visitor, shownAt);
    await form.getByRole('button', { name: 'Publier le commentaire' }).click();
    const held = section
      .getByRole('status')
      .filter({ hasText: 'après validation par un modérateur' });
    await held.waitFor();
    assert.deepEqual(await violationsOf(visitor), [], 'after posting');
    // Held: not shown to the public.
    assert.equal(await section.getByRole('article', { name: new RegExp(`^${name}`) }).count(), 0);

    // A moderator finds it in the pending queue, with the reasons it was held, and approves it.
    const moderator = await guardedPage();
    await signIn(moderator, 'moderator');
    await moderator
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Modération' })
      .click();
    await moderator.waitForURL(at(`/moderation/comments`));
    await settled(moderator);
    const queued = moderator.getByRole('article', { name: new RegExp(`^${name}`) });
    await queued.waitFor();
    await queued.getByText(email).waitFor();
    await queued.getByText('first contribution of this e-mail address', { exact: false }).waitFor();
    assert.equal(await queued.locator('script, img, svg').count(), 0);
    assert.deepEqual(await violationsOf(moderator), [], 'moderation queue');
    await queued.getByRole('textbox', { name: 'Motif' }).fill('e2e: pertinent');
    await queued.getByRole('button', { name: `Approuver le commentaire de ${name}` }).click();
    await moderator.getByRole('status').filter({ hasText: '1 commentaire approuvé.' }).waitFor();
    assert.deepEqual(await violationsOf(moderator), [], 'moderation queue after a decision');
    await moderator.getByRole('link', { name: 'Suggestions' }).click();
    await moderator.getByRole('heading', { level: 2, name: /^Suggestions/ }).waitFor();
    await settled(moderator);
    assert.deepEqual(await violationsOf(moderator), [], 'suggestion queue');
    await moderator.context().close();

    // The visitor reloads: published, the bold kept, nothing executable, no e-mail anywhere.
    const published = (await openNote(visitor)).getByRole('article', {
      name: new RegExp(`^${name}`),
    });
    await published.waitFor();
    await published.locator('b', { hasText: `ok ${marker}` }).waitFor();
    await published.locator('i', { hasText: 'fin' }).waitFor();
    assert.equal(await published.locator('script, img, svg, [onclick], [onerror]').count(), 0);
    const hrefs = await published
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(
      hrefs.every((href) => href === null || /^https?:/.test(href)),
      String(hrefs),
    );
    const author = published.getByRole('link', { name });
    assert.equal(await author.getAttribute('href'), 'https://visiteur.example');
    assert.equal(await author.getAttribute('rel'), 'nofollow ugc noopener');
    const html = await visitor.content();
    assert.ok(!html.includes(email), 'the e-mail is in the page');
    const publicJson = JSON.stringify(await api(`/api/v1/notes/${NOTE}/comments?size=100`));
    assert.ok(publicJson.includes(marker) && !publicJson.includes(email));
    assert.deepEqual(visitor.dialogs, []);
    assert.deepEqual(visitor.errors, []);
    await visitor.context().close();
  });

  it('three distinct reporters hide a comment until a moderator decides; its author erases it', async () => {
    const marker = `e2e${Date.now()}`;
    // A signed-in member's comment is published at once.
    const author = await guardedPage();
    await signIn(author, 'member');
    const section = await openNote(author);
    const shownAt = Date.now();
    const form = section.getByRole('form', { name: 'Laisser un commentaire' });
    await form.getByText('Vous commentez sous votre compte').waitFor();
    assert.equal(await form.getByRole('textbox', { name: /^Adresse e-mail/ }).count(), 0);
    await form.getByRole('textbox', { name: /^Commentaire/ }).fill(`À signaler ${marker}`);
    await waitMinimumTime(author, shownAt);
    await form.getByRole('button', { name: 'Publier le commentaire' }).click();
    await section.getByRole('status').filter({ hasText: 'votre commentaire est publié' }).waitFor();
    const mine = section.getByRole('article').filter({ hasText: `À signaler ${marker}` });
    await mine.waitFor();
    const authorName = (await mine.locator('.comment__author').innerText()).trim();

    // The API tells reporters apart by account, or by client address when signed out: one
    // anonymous reader and two other accounts.
    const reporters = [null, 'coordinator2', 'editor'];
    for (const [index, reporter] of reporters.entries()) {
      const page = await guardedPage();
      if (reporter) await signIn(page, reporter);
      const thread = await openNote(page);
      const comment = thread.getByRole('article').filter({ hasText: `À signaler ${marker}` });
      await comment
        .getByRole('button', { name: `Signaler le commentaire de ${authorName}` })
        .click();
      const report = thread.getByRole('form', { name: `Signaler le commentaire de ${authorName}` });
      await report.getByRole('radio', { name: 'Offensant' }).check();
      await report.getByRole('textbox', { name: /Précisions/ }).fill(`e2e ${index + 1}`);
      if (index === 0) assert.deepEqual(await violationsOf(page), [], 'report form');
      await report.getByRole('button', { name: 'Confirmer le signalement' }).click();
      await comment.getByRole('status').filter({ hasText: 'transmis aux modérateurs' }).waitFor();
      await page.context().close();
    }

    // Hidden from the public (API and page).
    const reader = await guardedPage();
    const thread = await openNote(reader);
    assert.equal(
      await thread
        .getByRole('article')
        .filter({ hasText: `À signaler ${marker}` })
        .count(),
      0,
    );
    assert.ok(
      !JSON.stringify(await api(`/api/v1/notes/${NOTE}/comments?size=100`)).includes(marker),
    );
    await reader.context().close();

    // In the moderators' "reported" queue, hidden, with its three reports.
    const moderator = await guardedPage();
    await signIn(moderator, 'moderator');
    await moderator.goto(`${BASE_URL}/moderation/comments?queue=reported`);
    await settled(moderator);
    const reported = moderator.getByRole('article').filter({ hasText: `À signaler ${marker}` });
    await reported.waitFor();
    await reported.getByText('Masqué après signalements').waitFor();
    await reported.getByRole('heading', { name: '3 signalements' }).waitFor();
    assert.deepEqual(await violationsOf(moderator), [], 'reported queue');
    await moderator.context().close();

    // Its author sees it (not published) among their comments, and erases them.
    await author.goto(`${BASE_URL}/me/comments`);
    await settled(author);
    const listed = author.getByRole('article').filter({ hasText: `À signaler ${marker}` });
    await listed.getByText('Non publié', { exact: false }).waitFor();
    assert.deepEqual(await violationsOf(author), [], 'my comments');
    await author.getByRole('button', { name: 'Effacer tous mes commentaires' }).click();
    await author.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await author
      .getByRole('status')
      .filter({ hasText: /effacé/ })
      .waitFor();
    await author.getByText('Vous n’avez aucun commentaire sous votre compte.').waitFor();
    assert.deepEqual(author.dialogs, []);
    assert.deepEqual(author.errors, []);
    await author.context().close();
  });

  it('an anonymous commenter erases their comment through the mailed link; a forged link is refused', async () => {
    const marker = `e2e${Date.now()}`;
    const name = `Effaceur ${marker}`;
    const email = `${marker}@example.org`;
    const page = await guardedPage();
    const section = await openNote(page);
    const shownAt = Date.now();
    const form = section.getByRole('form', { name: 'Laisser un commentaire' });
    await form.getByRole('textbox', { name: /^Nom/ }).fill(name);
    await form.getByRole('textbox', { name: /^Adresse e-mail/ }).fill(email);
    await form.getByRole('textbox', { name: /^Commentaire/ }).fill(`À effacer ${marker}`);
    await waitMinimumTime(page, shownAt);
    await form.getByRole('button', { name: 'Publier le commentaire' }).click();
    await section.getByRole('status').filter({ hasText: 'Merci' }).waitFor();

    await section.getByRole('link', { name: 'Demander l’effacement de mes commentaires' }).click();
    await page.getByRole('heading', { level: 1, name: 'Effacer mes commentaires' }).waitFor();
    assert.deepEqual(await violationsOf(page), [], 'erasure request');
    await page.getByRole('textbox', { name: /^Adresse e-mail/ }).fill(email);
    await page.getByRole('button', { name: 'Recevoir le lien d’effacement' }).click();
    await page.getByRole('status').filter({ hasText: 'vient de lui être envoyé' }).waitFor();
    assert.deepEqual(await violationsOf(page), [], 'erasure request sent');

    // The mail arrives in the sink, in French (the page's language), with the link to the SPA.
    const [mail] = await mailsTo(email);
    assert.equal(mail.subject, 'Effacer vos commentaires sur Fabrique');
    const link = mail.raw.match(/https?:\/\/[^\s"<>]+\/comments\/erasure\/[A-Za-z0-9_.-]+/)?.[0];
    assert.ok(link, 'no erasure link in the mail');
    await page.goto(link.replace(/^https?:\/\/[^/]+/, BASE_URL));
    await settled(page);
    await page.getByRole('heading', { level: 1, name: 'Effacement de vos commentaires' }).waitFor();
    assert.deepEqual(await violationsOf(page), [], 'erasure link');
    await page.getByRole('button', { name: 'Effacer mes commentaires' }).click();
    await page.getByText('C’est fait : 1 commentaire effacé.').waitFor();
    // Used once: a second use is refused.
    await page.reload();
    await settled(page);
    await page.getByRole('button', { name: 'Effacer mes commentaires' }).click();
    await page.getByText('Ce lien a déjà servi', { exact: false }).waitFor();

    // A forged link is refused.
    await page.goto(`${BASE_URL}/comments/erasure/not-a-valid-token`);
    await settled(page);
    await page.getByRole('button', { name: 'Effacer mes commentaires' }).click();
    await page.getByText('Ce lien n’est pas valable ou a expiré', { exact: false }).waitFor();
    assert.deepEqual(await violationsOf(page), [], 'erasure link refused');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('the moderation screens are refused to a member', async () => {
    const page = await guardedPage();
    await signIn(page, 'member');
    assert.equal(
      await page
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: 'Modération' })
        .count(),
      0,
    );
    await page.goto(`${BASE_URL}/moderation/comments`);
    await page.getByRole('heading', { level: 1, name: 'Accès non autorisé' }).waitFor();
    await page.context().close();
  });
});
