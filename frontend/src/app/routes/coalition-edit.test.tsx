import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { json, page, stubApi } from '@/testing/api-stub';
import { fakeAuth } from '@/testing/fake-auth';
import { axes, impact } from '@/testing/fixtures';
import { renderApp } from '@/testing/render';

const slug = 'formations-superieures-numeriques-ethiques';
const path = `/api/v1/coalitions/${slug}`;

const coalition: Schemas['Coalition'] = {
  number: 3,
  slug,
  title: 'Pour des formations supérieures numériques',
  summary: 'Faire entrer les questions éthiques dans les formations.',
  intention: 'Que chaque diplômé du numérique mesure les effets de ce qu’il conçoit.',
  stage: 'FORMING',
  axes: [{ slug: 'environnement', name: 'Dimension environnementale' }],
  keywords: ['formation', 'éthique'],
  problems: [
    {
      id: 7,
      title: 'La place de l’écologie dans les diplômes est mal connue',
      allyKinds: ['chercheurs'],
      actors: [{ slug: 'museum', name: 'Muséum' }],
    },
  ],
  impacts: [impact],
  members: [
    { actor: { slug: 'latitudes', name: 'Latitudes' }, role: 'PILOT', status: 'CONFIRMED' },
  ],
};

function tagged(body: unknown, etag: string): Response {
  return new Response(JSON.stringify(body), {
    headers: { 'Content-Type': 'application/json', ETag: `"${etag}"` },
  });
}

function problem(status: number, body: Partial<Schemas['Problem']>): Response {
  return json({ status, title: 'Problem', ...body }, status);
}

/** The API as a coordinator of #3 sees it; `onPut` answers the canvas update. */
function stubEditable(onPut: (request: Request) => Response | Promise<Response>) {
  let version = 1;
  return stubApi({
    '/api/v1/me': { subject: 's', name: 'Alex Durand', roles: ['coordinator'] },
    [`${path}/permissions`]: { edit: true, delete: true, nameCoordinators: true },
    [path]: (_url: URL, request: Request) =>
      request.method === 'PUT'
        ? onPut(request)
        : tagged(
            { ...coalition, summary: `${coalition.summary ?? ''} v${version++}` },
            `v${version}`,
          ),
    '/api/v1/axes': axes,
    '/api/v1/coalitions': page([]),
    '/api/v1/actors': page([{ slug: 'latitudes', name: 'Latitudes' }]),
  });
}

const coordinator = () => fakeAuth(['member', 'coordinator']);

describe('Coalition edit form', () => {
  it('validates as you type and sends If-Match with the ETag it read', async () => {
    const puts: Request[] = [];
    stubEditable((request) => {
      puts.push(request);
      return tagged(coalition, 'v9');
    });
    const { user, router } = renderApp(`/coalitions/${slug}/edit`, { auth: coordinator() });

    const general = await screen.findByRole('region', { name: 'L’essentiel' });
    const title = within(general).getByRole('textbox', { name: /^Titre/ });
    expect(title).toHaveValue('Pour des formations supérieures numériques');
    await user.clear(title);
    expect(title).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(title).toBeInvalid();
    await user.type(title, 'Former au numérique responsable');
    expect(title).not.toBeInvalid();
    const comments = within(general).getByRole('checkbox', { name: /^Commentaires ouverts/ });
    expect(comments).toBeChecked();
    await user.click(comments);

    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => {
      expect(router.state.location.pathname).toBe(`/coalitions/${slug}`);
    });
    expect(puts).toHaveLength(1);
    const request = puts[0];
    expect(request?.headers.get('If-Match')).toBe('"v2"');
    const body = (await request?.json()) as Schemas['CoalitionInput'];
    expect(body.title).toBe('Former au numérique responsable');
    expect(body.keywords).toEqual(['formation', 'éthique']);
    expect(body.commentsOpen).toBe(false);
    expect(body.problems?.[0]).toMatchObject({
      id: 7,
      allyKinds: ['chercheurs'],
      actors: ['museum'],
    });
    expect(body.impacts?.[0]).toMatchObject({ id: 1, target: 50, baseline: 10 });
  });

  it('refuses to send a form with missing required fields and says how many', async () => {
    const spy = stubEditable(() => tagged(coalition, 'v9'));
    const { user } = renderApp(`/coalitions/${slug}/edit`, { auth: coordinator() });
    await user.click(await screen.findByRole('button', { name: 'Ajouter un problème' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Un champ est à corriger avant d’enregistrer.',
    );
    const problem2 = screen.getByRole('group', { name: 'Problème 2' });
    expect(within(problem2).getByRole('textbox', { name: /^Titre/ })).toHaveAccessibleDescription(
      'Ce champ est obligatoire.',
    );
    expect(
      spy.mock.calls.some(([input]) => input instanceof Request && input.method === 'PUT'),
    ).toBe(false);
  });

  it('shows the server’s field errors next to the fields', async () => {
    stubEditable(() =>
      problem(400, {
        detail: 'Invalid input',
        errors: [
          { field: 'problems[0].title', message: 'size must be between 0 and 300' },
          { field: 'keywords[1]', message: 'must not be blank' },
        ],
      }),
    );
    const { user } = renderApp(`/coalitions/${slug}/edit`, { auth: coordinator() });
    await user.click(await screen.findByRole('button', { name: 'Enregistrer' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Le serveur a refusé certains champs',
    );
    const problem1 = screen.getByRole('group', { name: 'Problème 1' });
    expect(within(problem1).getByRole('textbox', { name: /^Titre/ })).toHaveAccessibleDescription(
      'size must be between 0 and 300',
    );
    expect(screen.getByRole('textbox', { name: 'Mots-clés' })).toHaveAccessibleDescription(
      expect.stringContaining('must not be blank') as string,
    );
  });

  it('says when the coalition changed meanwhile (412) and reloads it on request', async () => {
    stubEditable(() => problem(412, { detail: 'The resource changed since you read it' }));
    const { user } = renderApp(`/coalitions/${slug}/edit`, { auth: coordinator() });
    const summary = await screen.findByRole('textbox', { name: 'Résumé' });
    expect(summary).toHaveValue('Faire entrer les questions éthiques dans les formations. v1');
    await user.type(summary, ' (modifié)');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('La coalition a été modifiée par quelqu’un d’autre');
    await user.click(within(alert).getByRole('button', { name: 'Recharger la version actuelle' }));
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Résumé' })).toHaveValue(
        'Faire entrer les questions éthiques dans les formations. v2',
      );
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('records a measure of an impact', async () => {
    const measures: unknown[] = [];
    stubEditable(() => tagged(coalition, 'v9'));
    const stub = vi.mocked(globalThis.fetch);
    const original = stub.getMockImplementation();
    stub.mockImplementation(async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.url.endsWith(`/impacts/1/measures`)) {
        measures.push(await request.json());
        return json({ id: 3, measuredOn: '2023-06-30', value: 42 }, 201);
      }
      return original ? original(input, init) : json({}, 500);
    });
    const { user } = renderApp(`/coalitions/${slug}/edit`, { auth: coordinator() });
    const form = await screen.findByRole('heading', { name: /Nouvelle mesure/ });
    const measureForm = form.closest('form');
    if (!measureForm) throw new Error('no measure form');
    const scope = within(measureForm);
    await user.type(scope.getByLabelText(/^Date/), '2023-06-30');
    await user.type(scope.getByRole('textbox', { name: /^Valeur/ }), '42');
    await user.click(scope.getByRole('button', { name: 'Enregistrer la mesure' }));
    await waitFor(() => {
      expect(measures).toEqual([{ measuredOn: '2023-06-30', value: 42 }]);
    });
  });
});

describe('Edit controls and rights', () => {
  const readRoutes = {
    [path]: coalition,
    [`${path}/territories`]: page([]),
    '/api/v1/events': page([]),
    '/api/v1/notes': page([]),
    '/api/v1/testimonies': page([]),
    '/api/v1/me': { subject: 's', name: 'Membre', roles: ['member'] },
  };

  it('hides the edit link from anonymous readers, who make no permission request', async () => {
    const spy = stubApi(readRoutes);
    renderApp(`/coalitions/${slug}`);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Pour des formations supérieures numériques',
    );
    expect(screen.queryByRole('link', { name: 'Modifier la coalition' })).not.toBeInTheDocument();
    expect(
      spy.mock.calls.some(([input]) =>
        String(input instanceof Request ? input.url : input).includes('permissions'),
      ),
    ).toBe(false);
  });

  it('hides it when the API says the caller may not edit', async () => {
    stubApi({ ...readRoutes, [`${path}/permissions`]: { edit: false } });
    renderApp(`/coalitions/${slug}`, { auth: fakeAuth(['member']) });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => {
      expect(screen.getByText('Aucune note liée.')).toBeVisible();
    });
    expect(screen.queryByRole('link', { name: 'Modifier la coalition' })).not.toBeInTheDocument();
  });

  it('shows it when the API says the caller may edit', async () => {
    stubApi({ ...readRoutes, [`${path}/permissions`]: { edit: true } });
    renderApp(`/coalitions/${slug}`, { auth: coordinator() });
    expect(await screen.findByRole('link', { name: 'Modifier la coalition' })).toHaveAttribute(
      'href',
      `/coalitions/${slug}/edit`,
    );
  });

  it('refuses the direct edit address to a user without the right', async () => {
    stubApi({ ...readRoutes, [`${path}/permissions`]: { edit: false } });
    renderApp(`/coalitions/${slug}/edit`, { auth: fakeAuth(['member']) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument();
  });

  it('asks anonymous visitors of an edit address to sign in', async () => {
    stubApi(readRoutes);
    renderApp(`/coalitions/${slug}/edit`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
    expect(
      within(screen.getByRole('main')).getByRole('button', { name: 'Se connecter' }),
    ).toBeVisible();
  });

  it('offers to create a coalition to coordinators only', async () => {
    stubApi({
      '/api/v1/coalitions': page([]),
      '/api/v1/axes': axes,
      '/api/v1/territories/list': page([]),
      '/api/v1/me': { subject: 's', name: 'x', roles: [] },
    });
    const first = renderApp('/coalitions', { auth: fakeAuth(['member']) });
    await screen.findByRole('heading', { level: 1, name: 'Coalitions' });
    expect(screen.queryByRole('link', { name: 'Créer une coalition' })).not.toBeInTheDocument();
    first.router.dispose();
  });

  it('shows the create link to a coordinator', async () => {
    stubApi({
      '/api/v1/coalitions': page([]),
      '/api/v1/axes': axes,
      '/api/v1/territories/list': page([]),
      '/api/v1/me': { subject: 's', name: 'x', roles: ['coordinator'] },
    });
    renderApp('/coalitions', { auth: coordinator() });
    expect(await screen.findByRole('link', { name: 'Créer une coalition' })).toHaveAttribute(
      'href',
      '/coalitions/new',
    );
  });
});
