import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const mel: Schemas['Territory'] = {
  slug: 'mel',
  name: 'Métropole Européenne de Lille',
  kind: 'METROPOLIS',
  parent: { slug: 'nord', name: 'Nord', kind: 'DEPARTEMENT' },
  ancestors: [{ slug: 'nord', name: 'Nord', kind: 'DEPARTEMENT' }],
  sample: false,
};

const formations: Schemas['CoalitionRef'] = {
  number: 3,
  slug: 'formations-superieures-numeriques-ethiques',
  title: 'Pour des formations supérieures numériques',
};
const communs: Schemas['CoalitionRef'] = {
  number: 7,
  slug: 'communs-numeriques',
  title: 'Des communs numériques',
};

const charter: Schemas['TerritoryPlan'] = {
  kind: 'REGIONAL_CHARTER',
  title: 'Charte régionale du numérique responsable',
  url: 'https://example.org/charte',
  coalitions: [communs],
  sample: true,
};
const masterPlan: Schemas['TerritoryPlan'] = {
  kind: 'DIGITAL_MASTER_PLAN',
  title: 'Schéma directeur du numérique',
  coalitions: [],
  sample: false,
};

/** The API as a manager of `managed` sees the MEL, its two declined coalitions and its plans. */
function stub(managed: Schemas['TerritorySummary'][], roles = ['territory-manager']) {
  api.use(
    http.get('/api/v1/me', ({ response }) =>
      response(200).json({
        id: 3,
        subject: 's',
        name: 'Dominique Leroy',
        roles,
        territories: managed,
      }),
    ),
    http.get('/api/v1/territories/{slug}', ({ response }) => response(200).json(mel)),
    http.get('/api/v1/territories/{territorySlug}/plans', ({ response }) =>
      response(200).json([masterPlan, charter], { headers: { ETag: '"plans-1"' } }),
    ),
    http.get('/api/v1/territories/{territorySlug}/coalitions', ({ response }) =>
      response(200).json({
        items: [
          { coalition: formations, territory: { slug: 'mel' }, status: 'ACTIVE' },
          { coalition: communs, territory: { slug: 'mel' }, status: 'IDENTIFIED' },
        ],
        page: 0,
        size: 100,
        totalItems: 2,
        totalPages: 1,
      }),
    ),
  );
}

async function open(roles = ['territory-manager']) {
  const rendered = renderApp('/territories/mel/plans/edit', { auth: fakeAuth(roles) });
  await screen.findByRole('group', { name: 'Document 1' });
  return rendered;
}

describe('territory planning documents', () => {
  it('lets a manager of the territory above remove one, add one with a coalition, and saves the whole list', async () => {
    stub([{ slug: 'nord', name: 'Nord' }]);
    let sent: unknown;
    let ifMatch: string | null = null;
    api.use(
      http.put('/api/v1/territories/{territorySlug}/plans', async ({ request, response }) => {
        ifMatch = request.headers.get('If-Match');
        sent = await request.json();
        return response(200).json([]);
      }),
    );
    const { user, router } = await open();

    // The documents as read, in their order.
    const first = screen.getByRole('group', { name: 'Document 1' });
    expect(within(first).getByLabelText(/^Titre/)).toHaveValue('Schéma directeur du numérique');
    const second = screen.getByRole('group', { name: 'Document 2' });
    expect(within(second).getByLabelText(/^Type/)).toHaveValue('REGIONAL_CHARTER');
    expect(
      within(second).getByRole('checkbox', { name: '#7 Des communs numériques' }),
    ).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Retirer le document 1' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter un document' }));
    const added = screen.getByRole('group', { name: 'Document 2' });
    await user.selectOptions(within(added).getByLabelText(/^Type/), 'MAIN_STRATEGY');
    await user.type(within(added).getByLabelText(/^Titre/), 'Stratégie numérique de la MEL');
    await user.click(
      within(added).getByRole('checkbox', {
        name: '#3 Pour des formations supérieures numériques',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/territories/mel');
    });
    // The ETag of the list as read: a change made meanwhile is refused (412), not overwritten.
    expect(ifMatch).toBe('"plans-1"');
    expect(sent).toEqual([
      {
        kind: 'REGIONAL_CHARTER',
        title: 'Charte régionale du numérique responsable',
        url: 'https://example.org/charte',
        coalitions: ['communs-numeriques'],
        sample: true,
      },
      {
        kind: 'MAIN_STRATEGY',
        title: 'Stratégie numérique de la MEL',
        coalitions: ['formations-superieures-numeriques-ethiques'],
        sample: false,
      },
    ]);
  });

  it('takes back a message that no longer applies as soon as the field is typed in', async () => {
    // Leaving a new document's type makes the form flag its title, not typed in yet; the message
    // must go while the title is typed, not when it is left: vanishing under the pointer on the
    // next click, it moved the page and the click was lost (seen in the browser journey).
    stub([{ slug: 'nord', name: 'Nord' }]);
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Ajouter un document' }));
    const added = screen.getByRole('group', { name: 'Document 3' });
    const title = within(added).getByLabelText(/^Titre/);
    await user.click(within(added).getByLabelText(/^Type/));
    await user.click(title);
    expect(await within(added).findByText('Ce champ est obligatoire.')).toBeVisible();
    await user.keyboard('S');
    await waitFor(() => {
      expect(within(added).queryByText('Ce champ est obligatoire.')).not.toBeInTheDocument();
    });
    expect(title).toHaveFocus();
  });

  it('shows a 400 on [0].coalitions on the first document’s coalitions', async () => {
    stub([{ slug: 'mel', name: 'Métropole Européenne de Lille' }]);
    api.use(
      http.put('/api/v1/territories/{territorySlug}/plans', () =>
        problemResponse(400, {
          title: 'Invalid request',
          errors: [
            {
              field: '[0].coalitions',
              message: 'coalition communs-numeriques is not declined in this territory',
            },
          ],
        }),
      ),
    );
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le serveur a refusé certains champs');
    expect(within(alert).getByText('[0].coalitions')).toBeInTheDocument();
    const first = screen.getByRole('group', { name: 'Document 1' });
    const coalitions = within(first).getByRole('group', { name: 'Coalitions qu’il porte' });
    expect(coalitions).toHaveAccessibleDescription(
      'Seulement des coalitions déclinées dans ce territoire. coalition communs-numeriques is not declined in this territory',
    );
    const second = screen.getByRole('group', { name: 'Document 2' });
    expect(second).not.toHaveTextContent('is not declined');
  });

  it('checks the contract’s rules on each document before sending anything', async () => {
    stub([{ slug: 'mel', name: 'Métropole Européenne de Lille' }]);
    let put = false;
    api.use(
      http.put('/api/v1/territories/{territorySlug}/plans', ({ response }) => {
        put = true;
        return response(200).json([]);
      }),
    );
    const { user } = await open();
    await user.click(screen.getByRole('button', { name: 'Ajouter un document' }));
    const added = screen.getByRole('group', { name: 'Document 3' });
    await user.type(within(added).getByLabelText(/^Adresse du document/), 'charte.pdf');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const title = within(added).getByLabelText(/^Titre/);
    await waitFor(() => {
      expect(title).toHaveAttribute('aria-invalid', 'true');
    });
    expect(title).toHaveFocus();
    expect(within(added).getByLabelText(/^Adresse du document/)).toBeInvalid();
    expect(put).toBe(false);
  });

  it('refuses a manager of another territory', async () => {
    stub([{ slug: 'lyon', name: 'Métropole de Lyon' }]);
    renderApp('/territories/mel/plans/edit', { auth: fakeAuth(['territory-manager']) });
    expect(await screen.findByRole('heading', { name: 'Accès non autorisé' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Document 1' })).not.toBeInTheDocument();
  });

  it('refuses an account with neither role', async () => {
    stub([], ['coordinator']);
    renderApp('/territories/mel/plans/edit', { auth: fakeAuth(['coordinator']) });
    expect(await screen.findByRole('heading', { name: 'Accès non autorisé' })).toBeInTheDocument();
  });

  it('links the territory page to the screen for its managers', async () => {
    stub([{ slug: 'nord', name: 'Nord' }]);
    renderApp('/territories/mel', { auth: fakeAuth(['territory-manager']) });
    expect(await screen.findByRole('link', { name: 'Modifier les documents' })).toHaveAttribute(
      'href',
      '/territories/mel/plans/edit',
    );
  });
});
