// Browser journey of inter-territorial exchanges: from the territories to an exchange page and
// its reports, and a coalition's territories side by side, with axe.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BASE_URL, COALITION_3, launch, newPage, seriousViolations, settled } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('inter-territorial exchanges', () => {
  it('leads from the territories to an exchange and its experience reports', async () => {
    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/territories`);
    await settled(page);
    await page.getByRole('link', { name: 'Échanges entre territoires' }).click();
    await page.getByRole('heading', { level: 1, name: 'Échanges entre territoires' }).waitFor();
    await page.getByRole('link', { name: 'Échanges inter-territoriaux #Reset' }).click();
    await page.waitForURL(/\/exchanges\/echanges-inter-territoriaux-reset/);
    await page
      .getByRole('heading', { level: 1, name: /Échanges inter-territoriaux #Reset/ })
      .waitFor();
    const mel = page.getByRole('region', { name: 'Métropole Européenne de Lille' });
    await mel
      .getByRole('heading', {
        name: 'Des coalitions territoriales à plusieurs niveaux de la métropole',
      })
      .waitFor();
    const region = page.getByRole('region', { name: 'Hauts-de-France' });
    await region.getByText('exemple', { exact: true }).first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('sets a coalition’s territories side by side, each with its reports', async () => {
    const page = await newPage(browser);
    await page.goto(`${BASE_URL}/coalitions/${COALITION_3}`);
    await settled(page);
    const sideBySide = page.getByRole('region', { name: 'Ce que font les territoires' });
    const table = sideBySide.getByRole('table');
    await table.getByRole('columnheader', { name: 'Métropole Européenne de Lille' }).waitFor();
    await table.getByRole('columnheader', { name: 'Hauts-de-France' }).waitFor();
    await table.getByRole('rowheader', { name: 'Retours d’expérience' }).waitFor();
    await sideBySide
      .getByRole('link', { name: 'Relayer la coalition auprès des universités (exemple)' })
      .click();
    await page.waitForURL(/\/exchanges\/echanges-inter-territoriaux-reset#report-\d+/);
    await page
      .getByRole('heading', {
        level: 4,
        name: 'Relayer la coalition auprès des universités (exemple)',
      })
      .waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
