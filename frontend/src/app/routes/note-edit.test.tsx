import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

const note: Schemas['Note'] = {
  slug: 'retour-sur-le-reset-day-4',
  title: 'Retour sur le Reset Day #4',
  bodyMarkdown: 'Premier paragraphe.\n\nSecond **paragraphe**.',
  bodyHtml: '<p>Premier paragraphe.</p><p>Second <strong>paragraphe</strong>.</p>',
  status: 'PUBLISHED',
  event: { slug: 'reset-day-4', title: 'Reset Day #4' },
  coalitions: [{ number: 3, slug: 'formations', title: 'Formations' }],
  axes: [{ slug: 'environnement', name: 'Environnement' }],
  territories: [],
  authors: [{ slug: 'magali-roger', fullName: 'Magali Roger' }],
  commentsOpen: true,
  sample: false,
};

const me = http.get('/api/v1/me', ({ response }) =>
  response(200).json({ subject: 's', name: 'Éditrice', roles: ['editor'], actors: [] }),
);

/** The note read with its ETag (`reads` counts the reads). */
function read() {
  const state = { reads: 0 };
  return {
    state,
    handler: http.get('/api/v1/notes/{slug}', ({ response }) => {
      state.reads += 1;
      return response(200).json(note, { headers: { ETag: '"n1"' } });
    }),
  };
}

/** The pickers' search: an event, then coalitions. */
const search = http.get('/api/v1/search', ({ request, response }) => {
  const type = new URL(request.url).searchParams.get('type');
  const items: Schemas['SearchHit'][] =
    type === 'event'
      ? [{ type: 'event', slug: 'reset-day-5', title: 'Reset Day #5' }]
      : [{ type: 'coalition', slug: 'communs', title: 'Communs numériques' }];
  return response(200).json({ items, page: 0, size: 10, totalItems: 1, totalPages: 1 });
});

const editor = () => fakeAuth(['member', 'editor'], 'Éditrice');

async function openEdit() {
  const rendered = renderApp(`/notes/${note.slug ?? ''}/edit`, { auth: editor() });
  await screen.findByRole('heading', {
    level: 1,
    name: 'Modifier la note « Retour sur le Reset Day #4 »',
  });
  return rendered;
}

describe('Note editing', () => {
  it('previews the text as plain paragraphs, never as HTML, and shows the API rendering', async () => {
    api.use(me, read().handler);
    const { user } = renderApp(`/notes/${note.slug ?? ''}/edit`, { auth: editor() });
    const body = await screen.findByRole('textbox', { name: /^Texte de la note/ });
    await user.clear(body);
    await user.type(body, 'Bonjour<img src=x onerror=alert(1)>{enter}{enter}Suite');
    await user.click(screen.getByRole('button', { name: 'Aperçu' }));

    const preview = screen.getByRole('region', { name: 'Aperçu' });
    expect(within(preview).getByText('Bonjour<img src=x onerror=alert(1)>')).toBeVisible();
    expect(within(preview).getByText('Suite')).toBeVisible();
    expect(preview.querySelector('img')).toBeNull();

    const saved = screen.getByRole('region', { name: 'Rendu de la version enregistrée' });
    expect(within(saved).getByText('paragraphe', { selector: 'strong' })).toBeVisible();
  });

  it('writes a note: POST with the exact body, the event and coalitions chosen by searching', async () => {
    let sent: unknown;
    api.use(
      me,
      search,
      http.post('/api/v1/notes', async ({ request, response }) => {
        sent = await request.json();
        return response(201).json({ ...note, slug: 'bilan' });
      }),
      read().handler,
    );
    const { user, router } = renderApp('/notes/new', { auth: editor() });
    await user.type(await screen.findByRole('textbox', { name: /^Titre/ }), '  Bilan ');
    await user.type(screen.getByRole('textbox', { name: /^Texte de la note/ }), 'Le bilan.');
    await user.type(screen.getByLabelText('Rechercher (Événement)'), 'Reset');
    await user.click(await screen.findByRole('button', { name: 'Choisir Reset Day #5' }));
    await user.type(screen.getByLabelText('Rechercher (Coalitions concernées)'), 'Communs');
    await user.click(await screen.findByRole('button', { name: 'Choisir Communs numériques' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/notes/bilan/edit');
    });
    expect(sent).toEqual({
      title: 'Bilan',
      bodyMarkdown: 'Le bilan.',
      status: 'DRAFT',
      event: 'reset-day-5',
      coalitions: ['communs'],
      commentsOpen: true,
      axes: [],
      territories: [],
      authors: [],
      sample: false,
    });
    expect(await screen.findByText(/Modifications enregistrées\./)).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('replaces the note with If-Match, keeping what the form does not edit', async () => {
    let ifMatch: string | null = null;
    let sent: unknown;
    api.use(
      me,
      read().handler,
      http.put('/api/v1/notes/{slug}', async ({ request, response }) => {
        ifMatch = request.headers.get('If-Match');
        sent = await request.json();
        return response(200).json(note);
      }),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Retirer Reset Day #4' }));
    await user.click(screen.getByRole('checkbox', { name: 'Commentaires ouverts' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => {
      expect(sent).toBeDefined();
    });
    expect(ifMatch).toBe('"n1"');
    expect(sent).toEqual({
      title: 'Retour sur le Reset Day #4',
      bodyMarkdown: 'Premier paragraphe.\n\nSecond **paragraphe**.',
      status: 'PUBLISHED',
      coalitions: ['formations'],
      commentsOpen: false,
      axes: ['environnement'],
      territories: [],
      authors: ['magali-roger'],
      sample: false,
    });
  });

  it('checks the text before sending, on the writing tab', async () => {
    let posted = false;
    api.use(
      me,
      http.post('/api/v1/notes', ({ response }) => {
        posted = true;
        return response(201).json(note);
      }),
    );
    const { user } = renderApp('/notes/new', { auth: editor() });
    await user.type(await screen.findByRole('textbox', { name: /^Titre/ }), 'Bilan');
    await user.click(screen.getByRole('button', { name: 'Aperçu' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const body = await screen.findByRole('textbox', { name: /^Texte de la note/ });
    await waitFor(() => {
      expect(body).toHaveAccessibleDescription(/Ce champ est obligatoire/);
    });
    expect(posted).toBe(false);
  });

  it('places a 400 problem’s field errors on their fields', async () => {
    api.use(
      me,
      read().handler,
      http.put('/api/v1/notes/{slug}', () =>
        problemResponse(400, {
          title: 'Invalid request',
          errors: [
            { field: 'title', message: 'déjà pris' },
            { field: 'coalitions[0]', message: 'aucune coalition de cet identifiant' },
          ],
        }),
      ),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const title = screen.getByRole('textbox', { name: /^Titre/ });
    await waitFor(() => {
      expect(title).toHaveAccessibleDescription('déjà pris');
    });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveFocus();
    expect(
      screen.getByRole('group', { name: 'Coalitions concernées' }),
    ).toHaveAccessibleDescription('aucune coalition de cet identifiant');
  });

  it('shows a 403 in the problem component', async () => {
    api.use(
      me,
      read().handler,
      http.put('/api/v1/notes/{slug}', () => problemResponse(403, { title: 'Forbidden' })),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Votre compte ne peut pas faire cette modification.',
    );
  });

  it('sends If-Match and says when the note changed meanwhile (412), offering to reload', async () => {
    const reading = read();
    const puts: Request[] = [];
    api.use(
      me,
      reading.handler,
      http.put('/api/v1/notes/{slug}', ({ request }) => {
        puts.push(request);
        return problemResponse(412, { title: 'Precondition failed' });
      }),
    );
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Quelqu’un d’autre l’a modifié depuis que vous l’avez ouvert.',
    );
    expect(puts[0]?.headers.get('If-Match')).toBe('"n1"');
    await user.click(screen.getByRole('button', { name: 'Recharger la version actuelle' }));
    await waitFor(() => {
      expect(reading.state.reads).toBe(2);
    });
  });

  it('refuses the editor pages to a member, and hides the write link', async () => {
    renderApp('/notes/new', { auth: fakeAuth(['member']) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
  });

  it('shows the write link to editors', async () => {
    api.use(
      me,
      http.get('/api/v1/notes', ({ response }) =>
        response(200).json({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }),
      ),
    );
    renderApp('/notes', { auth: editor() });
    expect(await screen.findByRole('link', { name: 'Écrire une note' })).toHaveAttribute(
      'href',
      '/notes/new',
    );
    await waitFor(() => {
      expect(screen.getByText('Aucune note publiée.')).toBeVisible();
    });
  });
});
