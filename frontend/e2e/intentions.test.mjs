// First intentions to act (issue 15) against the running stack: a reader proposes a coalition
// from the footer link, an editor accepts it as an emerging coalition from the list of proposals,
// the coalition exists and the proposer receives the decision by mail; axe on both screens.
// See ../README.md ("Proposed coalitions").
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  at,
  BASE_URL,
  launch,
  mailsTo,
  newPage,
  seriousViolations,
  settled,
  signIn,
} from './support.mjs';

/** The API's minimum time between showing a form and submitting it (3 s), with a margin. */
const MINIMUM_FILL_MS = 3500;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('proposed coalitions', () => {
  it('a reader proposes a coalition, an editor accepts it, the proposer hears of it', async () => {
    const title = `Pour des achats publics numériques responsables ${Date.now()}`;
    const email = `proposer-${Date.now()}@example.org`;

    const reader = await newPage(browser);
    await reader.goto(`${BASE_URL}/`);
    await settled(reader);
    await reader.getByRole('link', { name: 'Proposer une coalition' }).click();
    await reader.waitForURL(at('/intentions/new'));
    await reader.getByRole('heading', { level: 1, name: 'Proposer une coalition' }).waitFor();
    await settled(reader);
    const axes = reader.getByRole('group', { name: /Les axes où elle vivrait/ });
    await axes.getByRole('checkbox').first().waitFor();
    assert.deepEqual(await seriousViolations(reader), []);

    // The contract's rules before anything is sent: an axis at least.
    await reader.getByLabel(/^L’intention, en une phrase/).fill(title);
    await reader.getByRole('button', { name: 'Envoyer la proposition' }).click();
    await axes.locator('.field__error').waitFor();

    await axes.getByRole('checkbox').first().check();
    await reader.getByLabel(/^Pourquoi, pour qui/).fill('Les achats publics font la demande.');
    await reader
      .getByLabel(/^Les problèmes qu’elle affronterait/)
      .fill('Des cahiers des charges sans critère environnemental\nPeu d’acheteurs formés');
    await reader.getByLabel(/^Les alliés recherchés/).fill('collectivités\nfournisseurs');
    await reader.getByLabel(/^Votre nom/).fill('Dominique');
    await reader.getByLabel(/^Votre adresse e-mail/).fill(email);
    await reader.waitForTimeout(MINIMUM_FILL_MS);
    await reader.getByRole('button', { name: 'Envoyer la proposition' }).click();
    await reader.getByText(/Merci ! Votre proposition est enregistrée/).waitFor();
    assert.deepEqual(await seriousViolations(reader), []);
    assert.deepEqual(reader.errors, []);
    await reader.context().close();

    const editor = await newPage(browser);
    await signIn(editor, 'editor');
    await editor.getByRole('link', { name: 'Propositions' }).click();
    await editor.waitForURL(at('/intentions'));
    await settled(editor);
    const card = editor.getByRole('article', { name: title });
    await card.waitFor();
    assert.deepEqual(await seriousViolations(editor), []);
    await card.getByText('Peu d’acheteurs formés').waitFor();
    await card.getByLabel(/^Un mot pour la personne/).fill('Bienvenue parmi les coalitions.');
    await card.getByRole('button', { name: 'Accepter comme coalition émergente' }).click();
    await card.waitFor({ state: 'detached' });

    await editor.getByLabel('Afficher').selectOption('ACCEPTED');
    const accepted = editor.getByRole('article', { name: title });
    await accepted.getByRole('link', { name: title }).click();
    await editor.getByRole('heading', { level: 1, name: title }).waitFor();
    const slug = new URL(editor.url()).pathname.split('/').pop();
    await editor
      .getByText('Des cahiers des charges sans critère environnemental')
      .first()
      .waitFor();
    assert.deepEqual(editor.errors, []);
    await editor.context().close();

    const [mail] = await mailsTo(email);
    assert.ok(mail, 'no mail to the proposer');
    assert.equal(mail.subject, 'Votre proposition de coalition sur Fabrique');
    assert.match(mail.raw, new RegExp(`/coalitions/${slug}`));
    assert.match(mail.raw, /Bienvenue parmi les coalitions\./);
  });
});
