import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { panorama } from '@/testing/fixtures';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

function page<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0 };
}

const receipt: Schemas['SubmissionReceipt'] = {
  id: 42,
  status: 'PENDING',
  message: 'Thank you: your suggestion will appear once a moderator has accepted it.',
};

/** The panorama, with the axis suggestion endpoint answering `answer` and recording requests. */
function stubPanorama(answer: () => Response | undefined = () => undefined) {
  const posts: Request[] = [];
  api.use(
    http.get('/api/v1/panorama', ({ response }) => response(200).json(panorama)),
    http.get('/api/v1/me', ({ response }) =>
      response(200).json({ subject: 's', name: 'Camille Martin', roles: ['member'], actors: [] }),
    ),
    http.post('/api/v1/axes/{slug}/suggestions', ({ request, response }) => {
      posts.push(request.clone());
      return answer() ?? response(201).json(receipt);
    }),
  );
  return posts;
}

async function openForm(user: ReturnType<typeof renderApp>['user']) {
  const axis = await screen.findByRole('region', { name: 'Dimension environnementale' });
  const button = within(axis).getByRole('button', {
    name: 'Suggérer un sujet ou un allié pour « Dimension environnementale »',
  });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  return within(axis).findByRole('group', {
    name: 'Suggérer pour « Dimension environnementale »',
  });
}

describe('Suggestion form', () => {
  it('loads on demand from the panorama, sends the anti-spam fields and announces the result', async () => {
    const posts = stubPanorama();
    const { user } = renderApp('/');
    const form = await openForm(user);

    expect(within(form).getByRole('radio', { name: 'un sujet manquant' })).toBeChecked();
    await user.type(within(form).getByRole('textbox', { name: /Le sujet/ }), 'Sobriété des IA');
    await user.type(within(form).getByRole('textbox', { name: /Votre nom/ }), 'Ada');
    const email = within(form).getByRole('textbox', { name: /Votre adresse e-mail/ });
    await user.type(email, 'ada@example.org');
    // The privacy notice describes the e-mail field.
    expect(email).toHaveAccessibleDescription(/service anti-spam, il les reçoit/);
    // The honeypot is out of the accessibility tree and of the tab order.
    expect(
      within(form).queryByRole('textbox', { name: 'Ne remplissez pas ce champ' }),
    ).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Envoyer la suggestion' }));

    const status = await within(form).findByRole('status');
    await waitFor(() => {
      expect(status).toHaveTextContent(/Merci ! Votre suggestion est enregistrée/);
    });
    expect(status).toHaveFocus();
    expect(posts).toHaveLength(1);
    const body = (await posts[0]?.json()) as Schemas['SuggestionInput'];
    expect(body).toMatchObject({
      kind: 'MISSING_SUBJECT',
      title: 'Sobriété des IA',
      authorName: 'Ada',
      email: 'ada@example.org',
    });
    expect(body.url).toBeUndefined();
    expect(Date.parse(body.formStartedAt ?? '')).toBeLessThanOrEqual(Date.now());

    // Another suggestion starts from an empty form, keeping the name and e-mail.
    await user.click(within(form).getByRole('button', { name: 'Faire une autre suggestion' }));
    expect(within(form).getByRole('textbox', { name: /Le sujet/ })).toHaveValue('');
    expect(within(form).getByRole('textbox', { name: /Votre nom/ })).toHaveValue('Ada');
  });

  it('asks for the ally’s website and kind, and checks the fields before sending', async () => {
    const posts = stubPanorama();
    const { user } = renderApp('/');
    const form = await openForm(user);
    await user.click(within(form).getByRole('radio', { name: 'un allié potentiel' }));
    await user.type(within(form).getByRole('textbox', { name: /Site web de l’allié/ }), 'ftp://x');
    await user.type(within(form).getByRole('textbox', { name: /Votre adresse e-mail/ }), 'ada@');
    await user.click(within(form).getByRole('button', { name: 'Envoyer la suggestion' }));

    expect(within(form).getByRole('alert')).toHaveTextContent(
      '4 champs sont à corriger avant d’enregistrer.',
    );
    const name = within(form).getByRole('textbox', { name: /Le nom de l’allié/ });
    await waitFor(() => {
      expect(name).toHaveFocus();
    });
    expect(name).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(
      within(form).getByRole('textbox', { name: /Site web de l’allié/ }),
    ).toHaveAccessibleDescription(/http:\/\/ ou https:\/\//);
    expect(
      within(form).getByRole('textbox', { name: /Votre adresse e-mail/ }),
    ).toHaveAccessibleDescription(/Une adresse e-mail complète/);
    expect(within(form).getByRole('combobox', { name: /Type d’acteur/ })).toHaveValue('');
    expect(posts).toHaveLength(0);
  });

  it('sends an ally’s website and kind, and forgets them when a subject is suggested instead', async () => {
    const posts = stubPanorama();
    const { user } = renderApp('/', { auth: fakeAuth(['member']) });
    const form = await openForm(user);
    await user.click(within(form).getByRole('radio', { name: 'un allié potentiel' }));
    await user.type(within(form).getByRole('textbox', { name: /Le nom de l’allié/ }), 'Latitudes');
    await user.type(within(form).getByRole('textbox', { name: /Site web de l’allié/ }), 'ftp://x');
    await user.click(within(form).getByRole('radio', { name: 'un sujet manquant' }));
    await user.click(within(form).getByRole('radio', { name: 'un allié potentiel' }));
    const website = within(form).getByRole('textbox', { name: /Site web de l’allié/ });
    expect(website).toHaveValue('');
    await user.type(website, 'https://latitudes.cc');
    await user.selectOptions(
      within(form).getByRole('combobox', { name: /Type d’acteur/ }),
      'ASSOCIATION',
    );
    await user.click(within(form).getByRole('button', { name: 'Envoyer la suggestion' }));
    await within(form).findByText(/Merci !/);
    const body = (await posts[0]?.json()) as Schemas['SuggestionInput'];
    expect(body).toEqual({
      kind: 'POTENTIAL_ALLY',
      title: 'Latitudes',
      website: 'https://latitudes.cc',
      actorKind: 'ASSOCIATION',
      formStartedAt: body.formStartedAt,
    });
  });

  it('shows the server’s field errors next to their fields', async () => {
    stubPanorama(() =>
      problemResponse(400, {
        title: 'Invalid fields',
        errors: [{ field: 'title', message: 'must not be blank' }],
      }),
    );
    const { user } = renderApp('/');
    const form = await openForm(user);
    await user.type(within(form).getByRole('textbox', { name: /Le sujet/ }), 'x');
    await user.type(within(form).getByRole('textbox', { name: /Votre nom/ }), 'Ada');
    await user.type(within(form).getByRole('textbox', { name: /Votre adresse/ }), 'a@b.fr');
    await user.click(within(form).getByRole('button', { name: 'Envoyer la suggestion' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Le serveur a refusé certains champs',
    );
    expect(within(form).getByRole('textbox', { name: /Le sujet/ })).toHaveAccessibleDescription(
      'must not be blank',
    );
  });

  it('says when to try again after too many suggestions (429, Retry-After)', async () => {
    stubPanorama(() =>
      problemResponse(429, { title: 'Too Many Requests' }, { 'Retry-After': '120' }),
    );
    const { user } = renderApp('/');
    const form = await openForm(user);
    await user.type(within(form).getByRole('textbox', { name: /Le sujet/ }), 'x');
    await user.type(within(form).getByRole('textbox', { name: /Votre nom/ }), 'Ada');
    await user.type(within(form).getByRole('textbox', { name: /Votre adresse/ }), 'a@b.fr');
    await user.click(within(form).getByRole('button', { name: 'Envoyer la suggestion' }));

    // Shown by the problem component, as every refusal: what it means, the server's title, the delay.
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Trop de demandes en peu de temps.');
    expect(alert).toHaveTextContent('Too Many Requests');
    expect(alert).toHaveTextContent('Réessayez dans 120 secondes.');
    expect(within(form).getByRole('status')).toBeEmptyDOMElement();
  });

  it('asks a signed-in member for neither name nor e-mail', async () => {
    const posts = stubPanorama();
    const { user } = renderApp('/', { auth: fakeAuth(['member']) });
    const form = await openForm(user);
    expect(within(form).queryByRole('textbox', { name: /Votre nom/ })).not.toBeInTheDocument();
    expect(within(form).getByText(/Vous êtes connecté·e/)).toBeVisible();
    await user.type(within(form).getByRole('textbox', { name: /Le sujet/ }), 'Sobriété');
    await user.click(within(form).getByRole('button', { name: 'Envoyer la suggestion' }));
    await within(form).findByText(/Merci !/);
    const body = (await posts[0]?.json()) as Schemas['SuggestionInput'];
    expect(body.authorName).toBeUndefined();
    expect(body.email).toBeUndefined();
  });

  it('closes and gives the focus back to its button', async () => {
    stubPanorama();
    const { user } = renderApp('/');
    const form = await openForm(user);
    await user.click(within(form).getByRole('button', { name: 'Fermer le formulaire' }));
    const button = screen.getByRole('button', { name: /Suggérer un sujet ou un allié/ });
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: /Suggérer pour/ })).not.toBeInTheDocument();
  });

  it('is in English too', async () => {
    stubPanorama();
    const { user } = renderApp('/', { language: 'en' });
    const axis = await screen.findByRole('region', { name: 'Dimension environnementale' });
    await user.click(
      within(axis).getByRole('button', {
        name: 'Suggest a subject or an ally for “Dimension environnementale”',
      }),
    );
    const form = await screen.findByRole('group', {
      name: 'Suggest for “Dimension environnementale”',
    });
    expect(within(form).getByRole('radio', { name: 'a potential ally' })).toBeInTheDocument();
  });
});

describe('Suggestions of an axis or a coalition', () => {
  const accepted: Schemas['Suggestion'][] = [
    { id: 1, kind: 'MISSING_SUBJECT', title: 'Sobriété des IA' },
    {
      id: 2,
      kind: 'POTENTIAL_ALLY',
      title: 'Fresque du Numérique',
      actor: { slug: 'fresque-du-numerique', name: 'Fresque du Numérique' },
    },
    { id: 3, kind: 'POTENTIAL_ALLY', title: 'Un réseau', website: 'https://reseau.example' },
  ];

  it('lists the accepted suggestions on the axis page and suggests for the axis', async () => {
    api.use(
      http.get('/api/v1/axes/{slug}', ({ response }) =>
        response(200).json({ slug: 'environnement', name: 'Dimension environnementale' }),
      ),
      http.get('/api/v1/coalitions', ({ response }) => response(200).json(page([]))),
      http.get('/api/v1/axes/{slug}/suggestions', ({ response }) =>
        response(200).json(page(accepted)),
      ),
    );
    const { user } = renderApp('/axes/environnement');
    const panel = await screen.findByRole('region', { name: 'Suggestions acceptées' });
    expect(await within(panel).findByText('Sobriété des IA')).toBeVisible();
    expect(within(panel).getByRole('link', { name: 'Fresque du Numérique' })).toHaveAttribute(
      'href',
      '/actors/fresque-du-numerique',
    );
    expect(within(panel).getByRole('link', { name: 'Un réseau' })).toHaveAttribute(
      'rel',
      'nofollow ugc noopener',
    );
    await user.click(within(panel).getByRole('button', { name: /Suggérer un sujet ou un allié/ }));
    expect(
      await within(panel).findByRole('group', {
        name: 'Suggérer pour « Dimension environnementale »',
      }),
    ).toBeVisible();
  });

  it('sends a coalition’s suggestion to the coalition', async () => {
    const slug = 'formations';
    const posts: Request[] = [];
    const empty = page([]);
    api.use(
      http.get('/api/v1/coalitions/{slug}', ({ response }) =>
        response(200).json({ number: 3, slug, title: 'Formations' }),
      ),
      http.get('/api/v1/coalitions/{slug}/territories', ({ response }) =>
        response(200).json(empty),
      ),
      http.get('/api/v1/coalitions/{slug}/suggestions', ({ response }) =>
        response(200).json(empty),
      ),
      http.post('/api/v1/coalitions/{slug}/suggestions', ({ request, response }) => {
        posts.push(request);
        return response(201).json(receipt);
      }),
      http.get('/api/v1/events', ({ response }) => response(200).json(empty)),
      http.get('/api/v1/notes', ({ response }) => response(200).json(empty)),
      http.get('/api/v1/testimonies', ({ response }) => response(200).json(empty)),
    );
    const { user } = renderApp(`/coalitions/${slug}`);
    const panel = await screen.findByRole('region', { name: 'Suggestions acceptées' });
    expect(
      await within(panel).findByText('Aucune suggestion acceptée pour le moment.'),
    ).toBeVisible();
    await user.click(within(panel).getByRole('button', { name: /Suggérer un sujet ou un allié/ }));
    const form = await within(panel).findByRole('group', {
      name: 'Suggérer pour « #3 Formations »',
    });
    await user.type(within(form).getByRole('textbox', { name: /Le sujet/ }), 'Les stages');
    await user.type(within(form).getByRole('textbox', { name: /Votre nom/ }), 'Ada');
    await user.type(within(form).getByRole('textbox', { name: /Votre adresse/ }), 'a@b.fr');
    await user.click(within(form).getByRole('button', { name: 'Envoyer la suggestion' }));
    await within(form).findByText(/Merci !/);
    expect(posts).toHaveLength(1);
  });
});
