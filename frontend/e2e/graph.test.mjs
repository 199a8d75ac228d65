// Browser journey of the alliance graph (/graph) and its accessible equivalent, with axe.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  at,
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

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('alliance graph', () => {
  it('goes from a coalition to its neighbours with the keyboard, then to a territory', async () => {
    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/`);
    await settled(page);
    await page.getByRole('link', { name: /Voir le graphe des alliances/ }).click();
    await page.waitForURL(at('/graph'));
    await page.getByRole('heading', { level: 1, name: 'Graphe des alliances' }).waitFor();
    await page.getByRole('heading', { name: 'Nœuds et voisins' }).waitFor();
    await settled(page);
    // The drawing runs where WebGL does; elsewhere the page says so. The journey relies on the lists.
    await page
      .locator('.graph-drawing canvas, .graph-drawing .state')
      .first()
      .waitFor({ timeout: 10_000 });

    const coalitions = page.getByRole('list', { name: /^Coalitions \(\d+\)$/ });
    const choose = coalitions.getByRole('button', { name: /Voir les voisins de #3 / });
    await choose.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/node=coalition%3A/);
    const heading = page.getByRole('heading', { name: /^Voisins de #3 / });
    await heading.waitFor();
    // The focus moves to the heading once it is shown (an effect after the render): waited for.
    await page.waitForFunction(
      (el) => el === document.activeElement,
      await heading.elementHandle(),
      {
        timeout: 5_000,
      },
    );

    // The coalition's neighbours: its problems, members and territories, each a link and a button.
    const panel = page.locator('section', { has: heading });
    const territory = panel.locator('li', { hasText: 'déclinée dans' }).first();
    const territoryName = (await territory.getByRole('link').innerText()).trim();
    // On to the territory's own neighbours, with the keyboard.
    await territory.getByRole('button').focus();
    await page.keyboard.press('Enter');
    const next = page.getByRole('heading', { name: `Voisins de ${territoryName}` });
    await next.waitFor();
    await page.waitForFunction((el) => el === document.activeElement, await next.elementHandle(), {
      timeout: 5_000,
    });
    const back = page.locator('section', { has: next }).getByRole('link', { name: /^#3 / }).first();
    assert.equal(await back.getAttribute('href'), `/coalitions/${COALITION_3}`);

    assert.deepEqual(await seriousViolations(page), []);

    // The territory's link leads to its page.
    const link = page
      .locator('section', { has: next })
      .getByRole('link', { name: territoryName })
      .first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/territories\//);
    await page.getByRole('heading', { level: 1, name: territoryName }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('shows the network measures and filters by stage', async () => {
    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/graph`);
    await settled(page);
    await page.getByRole('heading', { name: 'Mesures du réseau' }).waitFor();
    await page.getByRole('heading', { name: 'Acteurs qui relient des coalitions' }).waitFor();
    await page.getByRole('heading', { name: 'Problèmes sans allié' }).waitFor();
    const form = page.getByRole('form', { name: 'Filtrer le graphe' });
    await form.getByLabel('Étape').selectOption('forming');
    await form.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/stage=forming/);
    await settled(page);
    assert.deepEqual(await seriousViolations(page), []);
    await page.context().close();
  });
});

describe('map of the territories', () => {
  it('leads from a shaded département or a metropolis to the territory, with the keyboard', async () => {
    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/territories`);
    await settled(page);
    await page.getByRole('link', { name: 'Voir la carte des coalitions territoriales' }).click();
    await page.waitForURL(at('/map'));
    await page.getByRole('heading', { level: 1, name: 'Carte des territoires' }).waitFor();
    await settled(page);
    const map = page.getByRole('figure');
    // The département of the demo data, shaded and named by its coalitions.
    const nord = map.getByRole('link', { name: /^Nord : \d+ coalitions? déclinées?$/ });
    await nord.waitFor();
    const metropolis = map.getByRole('link', {
      name: /^Métropole Européenne de Lille \(métropole\)/,
    });
    await metropolis.waitFor();
    // The tree beside it is the accessible alternative.
    await page
      .getByRole('region', { name: 'Arbre des territoires' })
      .getByRole('link', { name: /Métropole Européenne de Lille/ })
      .first()
      .waitFor();
    assert.deepEqual(await seriousViolations(page), []);

    await metropolis.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/territories\/metropole-europeenne-de-lille/);
    await page.getByRole('heading', { level: 1, name: 'Métropole Européenne de Lille' }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('draws the regions too, each leading to its territory', async () => {
    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/map`);
    await settled(page);
    await page
      .getByRole('navigation', { name: 'Découpage de la carte' })
      .getByRole('link', { name: 'Régions' })
      .click();
    await page.waitForURL(/\/map\?level=regions/);
    const region = page
      .getByRole('figure')
      .getByRole('link', { name: /^Hauts-de-France : \d+ coalitions? déclinées?$/ });
    await region.waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await region.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/territories\/hauts-de-france/);
    await page.getByRole('heading', { level: 1, name: 'Hauts-de-France' }).waitFor();
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('a coordinator reads the allies suggested for a problem of their coalition, with the reasons', async () => {
    // A coalition of the coordinator's own (they create it: they coordinate it), whose problem
    // seeks local authorities: the MEL, not a member, is suggested for its kind.
    const token = tokenOf('coordinator');
    const coalition = await call(token, 'POST', '/api/v1/coalitions', {
      title: `Coalition des alliés possibles ${Date.now()}`,
      axes: ['environnement'],
      problems: [
        { title: 'Peu de lieux de réparation', allyKinds: ['collectivités territoriales'] },
      ],
    });
    try {
      const page = await newPage(browser);
      await signIn(page, 'coordinator');
      await page.goto(`${BASE_URL}/coalitions/${coalition.slug}`);
      await settled(page);
      const allies = page.getByRole('region', { name: 'Alliés possibles' });
      const problem = allies.getByRole('region', { name: 'Peu de lieux de réparation' });
      await problem.getByRole('link', { name: 'Métropole Européenne de Lille' }).waitFor();
      await problem
        .getByText('correspond aux alliés recherchés : collectivités territoriales')
        .first()
        .waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    } finally {
      await call(token, 'DELETE', `/api/v1/coalitions/${coalition.slug}`);
    }
  });

  it('a coordinator invites a suggested ally in one click, and the actor’s member accepts', async () => {
    // Latitudes (an association teaching ethics in digital degrees, for which "member" acts) is
    // suggested for a problem seeking associations on ethics training.
    const token = tokenOf('coordinator');
    const coalition = await call(token, 'POST', '/api/v1/coalitions', {
      title: `Coalition qui invite ${Date.now()}`,
      axes: ['environnement'],
      problems: [
        {
          title: 'Pas de formation à l’éthique dans l’enseignement supérieur',
          allyKinds: ['associations'],
        },
      ],
    });
    try {
      const coordinator = await newPage(browser);
      await signIn(coordinator, 'coordinator');
      await coordinator.goto(`${BASE_URL}/coalitions/${coalition.slug}`);
      await settled(coordinator);
      const allies = coordinator.getByRole('region', { name: 'Alliés possibles' });
      await allies.getByRole('button', { name: 'Inviter Latitudes' }).first().click();
      await allies
        .getByRole('status')
        .getByText(/Latitudes est invité à rejoindre la coalition/)
        .waitFor();
      await allies.getByText('Invitation envoyée, réponse attendue').first().waitFor();
      assert.deepEqual(await seriousViolations(coordinator), []);
      assert.deepEqual(coordinator.errors, []);
      await coordinator.context().close();

      const member = await newPage(browser);
      await signIn(member, 'member');
      await member.goto(`${BASE_URL}/my-commitments`);
      await settled(member);
      const invitations = member.getByRole('region', { name: 'Invitations à répondre' });
      const card = invitations.getByRole('article', {
        name: new RegExp(`Latitudes est invité dans la coalition.*${coalition.title}`),
      });
      await card
        .getByRole('textbox', { name: /L’engagement que l’organisation peut tenir/ })
        .fill('Ouvrir deux modules de cours à la coalition');
      await card.getByRole('button', { name: /^Accepter/ }).click();
      await member
        .getByRole('status')
        .getByText(/Latitudes a rejoint la coalition n° \d+ : l’engagement est confirmé/)
        .waitFor();
      assert.deepEqual(await seriousViolations(member), []);
      await member.goto(`${BASE_URL}/coalitions/${coalition.slug}`);
      await settled(member);
      const members = member.getByRole('region', { name: 'Membres', exact: true });
      await members.getByText('Ouvrir deux modules de cours à la coalition').waitFor();
      assert.deepEqual(member.errors, []);
      await member.context().close();
    } finally {
      await call(token, 'DELETE', `/api/v1/coalitions/${coalition.slug}`);
    }
  });

  it('a reader without rights sees no allies section', async () => {
    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/coalitions/${COALITION_3}`);
    await settled(page);
    assert.equal(await page.getByRole('region', { name: 'Alliés possibles' }).count(), 0);
    await page.context().close();
  });
});
