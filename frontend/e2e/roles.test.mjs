// Each role runs its part of the programme from the app (issue 12): signed in as an editor, a
// member, a territory manager, a coordinator and an administrator, a journey creates or edits one
// record of each kind the role may change, meets a refusal where the role may not act, and reads
// the history of its own change. Every journey puts the demo data back as it found it. See
// ../README.md ("Management screens").
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  api,
  at,
  BASE_URL,
  COALITION_3,
  launch,
  newPage,
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

const REFUSED = 'Accès non autorisé';

/** Opens an address and expects the refusal page, without any form to send. */
async function refused(page, path) {
  await page.goto(`${BASE_URL}${path}`);
  await page.getByRole('heading', { level: 1, name: REFUSED }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Enregistrer' }).count(), 0, path);
}

/** Opens the history panel of the page and waits for a change by `who` showing `text`. */
async function historyShows(page, who, text) {
  await page.getByText('Historique', { exact: true }).first().click();
  const history = page.getByRole('region', { name: 'Historique' });
  await history.getByText(`par ${who}`).first().waitFor();
  await history.getByText(text).first().waitFor();
}

describe('each role from the app', () => {
  it('an editor adds a person to Latitudes, corrects them, reads the change in the history', async () => {
    const page = await newPage(browser);
    await signIn(page, 'editor');
    await page.goto(`${BASE_URL}/people?actor=latitudes`);
    await settled(page);
    await page.getByRole('link', { name: 'Ajouter une personne' }).click();
    await page.waitForURL(at('/people/new?actor=latitudes'));
    await page.getByRole('heading', { level: 1, name: 'Ajouter une personne' }).waitFor();
    await settled(page);

    // The contract's rule before anything is sent: the name is required.
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Ce champ est obligatoire.').first().waitFor();

    const name = `Personne du parcours ${Date.now()}`;
    await page.getByLabel(/^Nom complet/).fill(name);
    await page.getByLabel(/^Fonction/).fill('Chargée de mission');
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const slug = new URL(page.url()).pathname.split('/').pop();
    // The affiliation given by the address (?actor=latitudes) is stored and shown.
    await page.getByRole('main').getByRole('link', { name: 'Latitudes' }).first().waitFor();

    await page.getByRole('link', { name: 'Modifier', exact: true }).click();
    await page.waitForURL(at(`/people/${slug}/edit`));
    const bio = page.getByLabel(/^Présentation/);
    await bio.waitFor();
    await settled(page);
    assert.deepEqual(await seriousViolations(page), []);
    const text = `Présentation écrite par le parcours ${Date.now()}.`;
    await bio.fill(text);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(at(`/people/${slug}`));
    await page.getByText(text).first().waitFor();
    await historyShows(page, 'Julien Moreau', text);
    assert.deepEqual(await seriousViolations(page), []);

    // An editor does not manage accounts.
    await refused(page, '/accounts');

    // The person is deleted from the edit screen (after a confirmation).
    await page.goto(`${BASE_URL}/people/${slug}/edit`);
    await page.getByRole('heading', { name: 'Supprimer la personne' }).waitFor();
    await settled(page);
    const remove = page.getByRole('button', { name: 'Supprimer', exact: true });
    await remove.click();
    await page.getByText(`Supprimer définitivement « ${name} » ?`).waitFor();
    await remove.click();
    await page.waitForURL(at('/people'));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('an editor shares a resource, finds it by its licence, corrects it and reads the history', async () => {
    const page = await newPage(browser);
    await signIn(page, 'editor');
    await page.goto(`${BASE_URL}/resources`);
    await page.getByRole('heading', { level: 1, name: 'Ressources partagées' }).waitFor();
    await settled(page);
    await page.getByRole('link', { name: 'Partager une ressource' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Partager une ressource' }).waitFor();
    await settled(page);
    const title = `Guide du parcours ${Date.now()}`;
    await page.getByLabel(/^Titre/).fill(title);
    await page.getByLabel(/^Type de ressource/).selectOption('GUIDE');
    await page.getByLabel(/^Disponibilité/).selectOption('AVAILABLE');
    await page.getByLabel(/^Licence/).selectOption('CC BY 4.0');
    await page.getByLabel('Rechercher (Acteur qui la publie)').fill('Latitudes');
    await page.getByRole('button', { name: 'Choisir Latitudes', exact: true }).click();
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(at('/resources'));

    // The catalogue filtered by licence finds it.
    const filters = page.getByRole('search', { name: 'Filtrer les ressources' });
    await filters.getByLabel('Licence').selectOption('CC BY 4.0');
    await filters.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(at('/resources?licence=CC+BY+4.0'));
    const card = page.getByRole('heading', { name: title });
    await card.waitFor();
    assert.deepEqual(await seriousViolations(page), []);

    await page.getByRole('link', { name: `Modifier « ${title} »` }).click();
    const description = page.getByLabel(/^Description/);
    await description.waitFor();
    await settled(page);
    const text = `Décrit par le parcours ${Date.now()}.`;
    await description.fill(text);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(at('/resources?licence=CC+BY+4.0'));
    await page.getByText(text).first().waitFor();

    // Its history, on its edit screen, names the editor; then the resource is deleted.
    await page.getByRole('link', { name: `Modifier « ${title} »` }).click();
    await description.waitFor();
    await settled(page);
    await historyShows(page, 'Julien Moreau', text);
    const remove = page.getByRole('button', { name: 'Supprimer', exact: true });
    await remove.click();
    await remove.click();
    await page.waitForURL(at('/resources?licence=CC+BY+4.0'));
    await page.getByText('Aucune ressource ne correspond à ces filtres.').waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('a territory manager adds a local initiative and a planning document, and is refused the rest', async () => {
    const page = await newPage(browser);
    await signIn(page, 'territory-manager');

    await page.goto(`${BASE_URL}/initiatives/new?territory=lille`);
    await page.getByRole('heading', { level: 1, name: 'Ajouter une initiative locale' }).waitFor();
    await settled(page);
    const title = `Atelier du parcours ${Date.now()}`;
    await page.getByLabel(/^Titre/).fill(title);
    await page.getByLabel(/^Description/).fill('Un atelier de réparation numérique.');
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(at('/territories/lille'));
    await page.getByText(title).first().waitFor();

    const found = await api(`/api/v1/initiatives?q=${encodeURIComponent(title)}`);
    const slug = found.items[0].slug;
    await page.goto(`${BASE_URL}/initiatives/${slug}/edit`);
    const description = page.getByLabel(/^Description/);
    await description.waitFor();
    await settled(page);
    await description.fill('Un atelier de réparation numérique, chaque samedi.');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(at('/territories/lille'));
    await page.goto(`${BASE_URL}/initiatives/${slug}/edit`);
    await description.waitFor();
    await settled(page);
    await historyShows(page, 'Dominique Leroy', 'chaque samedi');
    const remove = page.getByRole('button', { name: 'Supprimer', exact: true });
    await remove.click();
    await remove.click();
    await page.waitForURL(at('/territories/lille'));

    // A planning document of the MEL carrying #3, added then removed again.
    const mel = 'metropole-europeenne-de-lille';
    await page.goto(`${BASE_URL}/territories/${mel}/plans/edit`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await settled(page);
    const count = (await api(`/api/v1/territories/${mel}/plans`)).length;
    await page.getByRole('button', { name: 'Ajouter un document' }).click();
    const added = page.getByRole('group', { name: `Document ${count + 1}` });
    await added.getByLabel(/^Type/).selectOption('MAIN_STRATEGY');
    const plan = `Stratégie du parcours ${Date.now()}`;
    await added.getByLabel(/^Titre/).fill(plan);
    await added.getByLabel(/formations supérieures/).check();
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(at(`/territories/${mel}`));
    await page.getByText(plan).first().waitFor();
    await page.goto(`${BASE_URL}/territories/${mel}/plans/edit`);
    await page.getByRole('button', { name: `Retirer le document ${count + 1}` }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(at(`/territories/${mel}`));
    assert.equal((await api(`/api/v1/territories/${mel}/plans`)).length, count);

    // A territory manager adds no people and manages no accounts.
    await refused(page, '/people/new');
    await refused(page, '/accounts');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('a member corrects a person of the actor they act for, and is refused the rest', async () => {
    // "member" (Camille Martin) acts for Latitudes, which Augustin Courtier acts for.
    const page = await newPage(browser);
    await signIn(page, 'member');
    await page.goto(`${BASE_URL}/people/augustin-courtier`);
    await settled(page);
    await page.getByRole('link', { name: 'Modifier', exact: true }).click();
    await page.waitForURL(at('/people/augustin-courtier/edit'));
    const bio = page.getByLabel(/^Présentation/);
    await bio.waitFor();
    await settled(page);
    const before = await bio.inputValue();
    const text = `Complété par son association ${Date.now()}.`;
    await bio.fill(text);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(at('/people/augustin-courtier'));
    await page.getByText(text).first().waitFor();
    await historyShows(page, 'Camille Martin', text);

    // Put the demo record back as it was.
    await page.goto(`${BASE_URL}/people/augustin-courtier/edit`);
    await bio.waitFor();
    await settled(page);
    await bio.fill(before);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(at('/people/augustin-courtier'));

    // What a member may not do: add people, manage accounts, name coordinators, share resources.
    await refused(page, '/people/new');
    await refused(page, '/accounts');
    await refused(page, `/coalitions/${COALITION_3}/coordinators`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('a coordinator records a testimony about #3 and corrects a measure of its impact', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator');

    // A testimony of Augustin Courtier about #3, started from his page's address.
    await page.goto(`${BASE_URL}/testimonies/new?person=augustin-courtier&actor=latitudes`);
    await page.getByRole('heading', { level: 1, name: 'Ajouter un témoignage' }).waitFor();
    await settled(page);
    await page
      .getByLabel('Rechercher (Sur la coalition (facultatif))')
      .fill('formations supérieures');
    await page.getByRole('button', { name: /^Choisir #3 Pour des formations supérieures/ }).click();
    const summary = `Témoignage du parcours ${Date.now()}.`;
    await page.getByLabel(/^Ce qu’elle dit/).fill(summary);
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(at('/people/augustin-courtier'));
    await page.getByText(summary).first().waitFor();

    const given = await api('/api/v1/testimonies?person=augustin-courtier&size=100');
    const testimony = given.items.find((item) => item.summary === summary);
    assert.ok(testimony, 'the testimony is stored');
    assert.equal(testimony.coalition.slug, COALITION_3);
    await page.goto(`${BASE_URL}/testimonies/${testimony.id}/edit`);
    const text = page.getByLabel(/^Ce qu’elle dit/);
    await text.waitFor();
    await settled(page);
    await text.fill(`${summary} Corrigé.`);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText(`${summary} Corrigé.`).first().waitFor();
    await page.goto(`${BASE_URL}/testimonies/${testimony.id}/edit`);
    await page.getByRole('heading', { name: 'Supprimer le témoignage' }).waitFor();
    await settled(page);
    const remove = page.getByRole('button', { name: 'Supprimer', exact: true });
    await remove.click();
    await remove.click();
    await page.waitForURL((url) => !url.pathname.startsWith('/testimonies/'));

    // A measure of #3's impact: recorded, corrected, then deleted again.
    const stamp = new Date();
    const day = `2019-${String(1 + (stamp.getSeconds() % 12)).padStart(2, '0')}-${String(
      1 + (stamp.getMilliseconds() % 28),
    ).padStart(2, '0')}`;
    await page.goto(`${BASE_URL}/coalitions/${COALITION_3}/edit`);
    await page.getByRole('heading', { name: 'Mesures des impacts' }).waitFor();
    await settled(page);
    const form = page
      .locator('form', { has: page.getByRole('heading', { name: /^Nouvelle mesure/ }) })
      .first();
    await form.getByLabel(/^Date/).fill(day);
    await form.getByLabel(/^Valeur/).fill('17');
    await form.getByLabel(/^Source/).fill('Mesure du parcours');
    await form.getByRole('button', { name: 'Enregistrer la mesure' }).click();
    await page.getByRole('button', { name: `Corriger la mesure du ${day}` }).click();
    const correction = page.locator('form', {
      has: page.getByRole('heading', { name: `Corriger la mesure du ${day}` }),
    });
    await correction.getByLabel(/^Valeur/).fill('18');
    assert.deepEqual(await seriousViolations(page), []);
    await correction.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await page
      .getByText(new RegExp(`${day} : 18`))
      .first()
      .waitFor();
    await page.getByRole('button', { name: `Supprimer la mesure du ${day}` }).click();
    await page
      .getByRole('button', { name: `Corriger la mesure du ${day}` })
      .waitFor({ state: 'detached' });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('a coordinator sees the coordinators of their coalition; another coordinator is refused', async () => {
    const page = await newPage(browser);
    await signIn(page, 'coordinator');
    await page.goto(`${BASE_URL}/coalitions/${COALITION_3}`);
    await settled(page);
    await page.getByRole('link', { name: 'Coordinateurs' }).click();
    await page.waitForURL(at(`/coalitions/${COALITION_3}/coordinators`));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await settled(page);
    // The demo data names the account of "coordinator" Alex Durand.
    await page.getByText('Alex Durand').first().waitFor();
    // Adding a coordinator is an administrator's act; a coordinator may only remove.
    await page
      .getByText(
        'Seuls les administrateurs de la plateforme peuvent nommer un nouveau coordinateur.',
      )
      .waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await page.context().close();

    const other = await newPage(browser);
    await signIn(other, 'coordinator2');
    await refused(other, `/coalitions/${COALITION_3}/coordinators`);
    await refused(other, '/accounts');
    await other.context().close();
  });

  it('an administrator names a coordinator, links an account, corrects an axis and reads its history', async () => {
    const page = await newPage(browser);
    await signIn(page, 'admin');

    // Coordinators of #3: Sam Bernard (the demo account of coordinator2) added, saved, removed.
    await page.goto(`${BASE_URL}/coalitions/${COALITION_3}/coordinators`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await settled(page);
    await page.getByLabel(/^Nom ou identifiant du compte/).fill('sam');
    await page.getByRole('button', { name: 'Ajouter Sam Bernard' }).click();
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Coordinateurs enregistrés.').waitFor();
    await page.getByRole('button', { name: 'Retirer Sam Bernard' }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Coordinateurs enregistrés.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Retirer Sam Bernard' }).count(), 0);

    // Accounts: coordinator2's account linked to Latitudes, then unlinked.
    await page.goto(`${BASE_URL}/accounts`);
    await page.getByRole('heading', { level: 1, name: 'Comptes' }).waitFor();
    await settled(page);
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('button', { name: 'Modifier les liens de Sam Bernard' }).click();
    await page.getByLabel('Rechercher (Acteurs pour lesquels le compte agit)').fill('Latitudes');
    await page.getByRole('button', { name: 'Choisir Latitudes', exact: true }).click();
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Liens de Sam Bernard enregistrés.').waitFor();
    await page.getByRole('button', { name: 'Modifier les liens de Sam Bernard' }).click();
    await page.getByRole('button', { name: /^Retirer Latitudes/ }).click();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Liens de Sam Bernard enregistrés.').waitFor();

    // An axis corrected, and the administrator's change read in its history; then put back.
    await page.goto(`${BASE_URL}/axes/environnement/edit`);
    const description = page.getByLabel(/^Description/);
    await description.waitFor();
    await settled(page);
    const before = await description.inputValue();
    const text = `${before} Corrigé par le parcours ${Date.now()}.`.trim();
    await description.fill(text);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(at('/axes/environnement'));
    await historyShows(page, 'Alex Dupont', 'Corrigé par le parcours');
    await page.goto(`${BASE_URL}/axes/environnement/edit`);
    await description.waitFor();
    await settled(page);
    await description.fill(before);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(at('/axes/environnement'));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
