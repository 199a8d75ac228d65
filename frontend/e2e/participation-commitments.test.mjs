// Browser journeys of participation: suggestions (panorama) and commitments (joining a
// coalition, the coordinators' inbox, a territory's positioning). Against the running stack, see
// ../README.md. Each journey makes its own data (a unique suggestion, a fresh actor) and removes
// what it changed, so that they can run again on the same database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  at,
  API_URL,
  BASE_URL,
  call,
  COALITION_3,
  launch,
  newPage,
  seriousViolations,
  settled,
  signIn,
  tokenOf,
} from './support.mjs';

/** The API's minimum time between showing a form and sending it (anti-spam), plus a margin. */
const MINIMUM_FILL_MS = 3_500;

async function assertNoSeriousViolations(page, what) {
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `axe on ${what}: ${JSON.stringify(violations, null, 2)}`);
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('suggestions', () => {
  it('an anonymous visitor suggests a missing subject on the panorama; accepted, it shows there', async () => {
    const stamp = Date.now();
    const subject = `Sujet e2e ${stamp}`;
    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/`);
    await settled(page);

    const axis = page.getByRole('region', { name: 'Dimension environnementale' });
    const open = axis.getByRole('button', { name: /^Suggérer un sujet ou un allié/ });
    assert.equal(await open.getAttribute('aria-expanded'), 'false');
    await open.click();
    const form = axis.getByRole('group', { name: 'Suggérer pour « Dimension environnementale »' });
    await form.waitFor();
    const shownAt = Date.now();
    await assertNoSeriousViolations(page, 'the panorama with the suggestion form');

    await form.getByRole('textbox', { name: /Le sujet/ }).fill(subject);
    await form.getByRole('textbox', { name: /Pourquoi/ }).fill('Un sujet <em>oublié</em>.');
    await form.getByRole('textbox', { name: /Votre nom/ }).fill('Visiteur e2e');
    await form
      .getByRole('textbox', { name: /Votre adresse e-mail/ })
      .fill(`e2e-${stamp}@example.org`);
    // A person takes a few seconds: the API holds quicker submissions as spam.
    await page.waitForTimeout(Math.max(0, shownAt + MINIMUM_FILL_MS - Date.now()));
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) =>
          r.url().endsWith('/api/v1/axes/environnement/suggestions') &&
          r.request().method() === 'POST',
      ),
      form.getByRole('button', { name: 'Envoyer la suggestion' }).click(),
    ]);
    assert.equal(response.status(), 201);
    const receipt = await response.json();
    await form
      .getByRole('status')
      .getByText(/Merci ! Votre suggestion est enregistrée. Elle sera publiée une fois acceptée/)
      .waitFor();
    await assertNoSeriousViolations(page, 'the suggestion form after sending');

    // Not public before a moderator accepts it (moderation screens are another journey's).
    await page.reload();
    await settled(page);
    assert.equal(await page.getByText(subject).count(), 0);
    await call(tokenOf('moderator'), 'POST', '/api/v1/moderation/suggestions/decisions', {
      ids: [receipt.id],
      action: 'ACCEPT',
      note: 'e2e',
    });
    await page.reload();
    await settled(page);
    const subjects = axis.locator('.axis-section__suggested').filter({
      has: page.getByRole('heading', { name: 'Sujets manquants suggérés' }),
    });
    await subjects.getByText(subject).waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});

describe('commitments', () => {
  const admin = () => tokenOf('admin');
  let actor;
  let memberAccount;
  let originalLinks;

  before(async () => {
    // A fresh actor for the member, so that the journey never depends on earlier runs.
    const token = admin();
    actor = await call(token, 'POST', '/api/v1/actors', {
      name: `Allié e2e ${Date.now()}`,
      kind: 'ASSOCIATION',
      description: 'Acteur créé par un parcours de test.',
    });
    const accounts = await call(token, 'GET', '/api/v1/accounts?size=100');
    memberAccount = accounts.items.find((account) => account.username === 'member');
    assert.ok(memberAccount, 'the demo account "member" exists');
    originalLinks = {
      actors: memberAccount.actors.map((item) => item.slug),
      territories: memberAccount.territories.map((item) => item.slug),
    };
    await call(token, 'PUT', `/api/v1/accounts/${memberAccount.id}/links`, {
      ...originalLinks,
      actors: [...originalLinks.actors, actor.slug],
    });
  });

  after(async () => {
    if (!actor) return;
    const token = admin();
    await call(token, 'PUT', `/api/v1/accounts/${memberAccount.id}/links`, originalLinks).catch(
      () => undefined,
    );
    await call(token, 'DELETE', `/api/v1/coalitions/${COALITION_3}/members/${actor.slug}`).catch(
      () => undefined,
    );
    await call(token, 'DELETE', `/api/v1/actors/${actor.slug}`).catch(() => undefined);
  });

  it('a member proposes their actor to #3 as an ally; the coordinator confirms it', async () => {
    // The member proposes the actor.
    const member = await newPage(browser);
    await signIn(member, 'member');
    await member.goto(`${BASE_URL}/coalitions/${COALITION_3}`);
    await settled(member);
    const join = member.getByRole('region', { name: 'Rejoindre cette coalition' });
    await join.getByRole('button', { name: 'Proposer une organisation' }).click();
    await join.getByRole('combobox', { name: 'Organisation' }).selectOption(actor.slug);
    await join.getByRole('radio', { name: /^Allié/ }).check();
    await join
      .getByRole('textbox', { name: /L’engagement/ })
      .fill('Relayer les travaux de la coalition (e2e)');
    await assertNoSeriousViolations(member, 'the join form');
    await join.getByRole('button', { name: 'Envoyer la demande' }).click();
    await join
      .getByRole('status')
      .getByText(`Demande envoyée : ${actor.name} attend la décision des coordinateurs`)
      .waitFor();
    await join
      .getByRole('list', { name: 'Vos organisations dans cette coalition' })
      .getByText(`${actor.name} : demande en attente de la décision des coordinateurs (Allié).`)
      .waitFor();
    await join.getByRole('button', { name: `Retirer la demande de ${actor.name}` }).waitFor();

    // Its status on "My commitments".
    await member
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Mes engagements' })
      .click();
    await member.getByRole('heading', { level: 1, name: 'Mes engagements' }).waitFor();
    await settled(member);
    const mine = member.getByRole('region', { name: actor.name });
    const row = mine.getByRole('row', { name: /Formations supérieures numériques/i });
    await row.getByText('Proposé').waitFor();
    await assertNoSeriousViolations(member, 'my commitments');

    // The coordinator of #3 sees the request in the inbox and confirms it with a note.
    const coordinator = await newPage(browser);
    await signIn(coordinator, 'coordinator');
    await coordinator
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: /^Demandes d’engagement \(\d+ en attente\)$/ })
      .click();
    await coordinator.getByRole('heading', { level: 1, name: 'Demandes d’engagement' }).waitFor();
    await settled(coordinator);
    const request = coordinator.getByRole('article', { name: new RegExp(`^${actor.name} — #3 `) });
    await request.locator('summary').click();
    await request
      .getByRole('list')
      .getByText(/Proposé le .* par Camille Martin/)
      .waitFor();
    await assertNoSeriousViolations(coordinator, 'the inbox');
    await request.getByRole('textbox', { name: /Note pour l’organisation/ }).fill('Bienvenue !');
    await request.getByRole('button', { name: `Confirmer la demande de ${actor.name}` }).click();
    await coordinator
      .getByRole('status')
      .getByText(`La demande de ${actor.name} (coalition n° 3) est confirmée.`)
      .waitFor();
    await request.waitFor({ state: 'detached' });
    await coordinator.context().close();

    // The member sees it confirmed, with who decided, and the coalition lists the actor.
    await member.reload();
    await settled(member);
    await row.getByText('Confirmé').waitFor();
    await row.locator('summary').click();
    await row
      .getByText(/Confirmé le .* par Alex Durand · rôle : Allié · note : « Bienvenue ! »/)
      .waitFor();
    await member.goto(`${BASE_URL}/coalitions/${COALITION_3}`);
    await settled(member);
    const members = member.getByRole('region', { name: 'Membres' });
    const memberRow = members.getByRole('row', { name: new RegExp(actor.name) });
    await memberRow.getByText('Confirmé').waitFor();
    await memberRow.getByText('Allié', { exact: true }).waitFor();
    assert.deepEqual(member.errors, []);
    await member.context().close();
  });

  it('a territory manager declares their territory’s positioning on a coalition', async () => {
    const mel = 'metropole-europeenne-de-lille';
    const declined = new Set(
      (
        await (await fetch(`${API_URL}/api/v1/territories/${mel}/coalitions?size=100`)).json()
      ).items.map((item) => item.coalition.slug),
    );
    const coalitions = await (
      await fetch(`${API_URL}/api/v1/coalitions?size=100&sort=number`)
    ).json();
    const target = coalitions.items.find((item) => !declined.has(item.slug));
    assert.ok(target, 'a coalition not yet declined in the MEL');

    const page = await newPage(browser);
    try {
      await signIn(page, 'territory-manager');
      await page.goto(`${BASE_URL}/coalitions/${target.slug}`);
      await settled(page);
      const section = page.getByRole('region', { name: 'Le positionnement de votre territoire' });
      await section
        .getByRole('group', { name: 'Positionnement de Métropole Européenne de Lille' })
        .getByRole('radio', { name: /^Pilote/ })
        .check();
      await assertNoSeriousViolations(page, 'the positioning form');
      await section.getByRole('button', { name: 'Déclarer le positionnement' }).click();
      await section
        .getByRole('status')
        .getByText('Positionnement déclaré : Métropole Européenne de Lille, Pilote.')
        .waitFor();
      // The existing declension page completes it.
      await section
        .getByRole('link', { name: 'Compléter la déclinaison de Métropole Européenne de Lille' })
        .click();
      await page.waitForURL(at(`/coalitions/${target.slug}/territories/${mel}/edit`));
      await settled(page);
      assert.equal(
        await page.getByRole('combobox', { name: 'Positionnement' }).inputValue(),
        'PILOT',
      );
      assert.deepEqual(page.errors, []);
    } finally {
      await page.context().close();
      await call(admin(), 'DELETE', `/api/v1/coalitions/${target.slug}/territories/${mel}`).catch(
        () => undefined,
      );
    }
  });
});
