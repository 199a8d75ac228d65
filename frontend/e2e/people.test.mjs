// Browser journeys of people: following coalition #3, its notifications in the app and by mail,
// the profile's e-mail preference. Against the running stack
// (SPA, API, Keycloak, mail sink: see ../README.md).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  API_URL,
  BASE_URL,
  COALITION_3,
  launch,
  mailsTo,
  newPage,
  seriousViolations,
  settled,
  signIn,
} from './support.mjs';

const KEYCLOAK_URL = (process.env.E2E_KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');

/** A demo user's access token (local realm, password grant of the fabrique-dev client). */
async function token(user) {
  const response = await fetch(`${KEYCLOAK_URL}/realms/reset/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'fabrique-dev',
      scope: 'openid',
      username: user,
      password: user,
    }),
  });
  assert.equal(response.status, 200, 'token');
  return (await response.json()).access_token;
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('people', () => {
  it('a member follows #3, is notified of a note in the app and by mail, then chooses the digest', async () => {
    const marker = `e2e${Date.now()}`;
    const email = 'member@fabrique.localhost';
    const page = await newPage(browser);
    await signIn(page, 'member');
    // Mails at once (the journey may run again on the same database, which it left on the digest).
    await page.getByRole('link', { name: 'Mon profil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    await page.getByText(email).waitFor();
    await page.getByRole('radio', { name: 'Un e-mail à chaque nouveauté' }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Profil enregistré.' }).waitFor();
    const mailsBefore = (await mailsTo(email, 0)).length;

    // The member follows coalition #3.
    await page.goto(`${BASE_URL}/coalitions/${COALITION_3}`);
    await settled(page);
    const follow = page.getByRole('button', { name: /^Suivre « / });
    await follow.waitFor();
    if ((await follow.getAttribute('aria-pressed')) === 'false') await follow.click();
    await page.waitForFunction(
      () => document.querySelector('.follow button')?.getAttribute('aria-pressed') === 'true',
    );
    assert.deepEqual(await seriousViolations(page), [], 'coalition page, followed');

    // An editor publishes a note about #3: the follower gets an in-app notification and a mail.
    const title = `Note suivie ${marker}`;
    const created = await fetch(`${API_URL}/api/v1/notes`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await token('editor')}`,
      },
      body: JSON.stringify({
        title,
        bodyMarkdown: 'Publiée pour la personne qui suit la coalition.',
        coalitions: [COALITION_3],
        status: 'PUBLISHED',
      }),
    });
    assert.equal(created.status, 201, await created.text());
    const notified = await mailsTo(email, mailsBefore + 1);
    const notice = notified.find((m) => m.raw.includes(title));
    assert.ok(notice, `no notification mail: ${notified.map((m) => m.subject).join(', ')}`);
    assert.equal(notice.subject, 'Du nouveau sur Fabrique');
    assert.match(notice.raw, /List-Unsubscribe: <[^>]+\/me\/profile>/);
    await page.reload();
    await settled(page);
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    await nav.getByRole('link', { name: /Notifications.*non lue/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('link', { name: `Nouvelle note : ${title}` }).waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'notifications page');

    // The profile lists what is followed; the daily digest is chosen.
    await page.getByRole('link', { name: 'Mon profil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    await page
      .getByRole('region', { name: 'Ce que vous suivez' })
      .getByRole('link')
      .first()
      .waitFor();
    await page.getByRole('radio', { name: 'Un résumé par jour' }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('status').filter({ hasText: 'Profil enregistré.' }).waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'profile page');
    // Read back from the API: another page, then the profile again.
    await page.getByRole('link', { name: /^Notifications/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('link', { name: 'Mon profil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    assert.equal(await page.getByRole('radio', { name: 'Un résumé par jour' }).isChecked(), true);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
