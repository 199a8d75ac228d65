import { screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { TEST_API_URL } from '@/testing/api-stub';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

function page<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0 };
}

const slug = 'notes-du-reset-day-4';
const note: Schemas['Note'] = {
  slug,
  title: 'Notes du Reset Day #4',
  bodyHtml: '<p>Le compte rendu.</p>',
  status: 'PUBLISHED',
  commentsOpen: true,
};

const camille: Schemas['Comment'] = {
  id: 11,
  authorName: 'Camille',
  authorWebsite: 'https://camille.example',
  member: false,
  // As if the server had let junk through: the SPA must still neutralise it.
  bodyHtml:
    '<b>ok</b><script>window.pwned = true</script><a href="javascript:alert(1)">x</a><img src=x onerror="window.pwned=true">',
  erased: false,
  createdAt: '2024-05-02T10:00:00Z',
  replies: [
    {
      id: 12,
      parentId: 11,
      authorName: 'Alex',
      member: true,
      bodyHtml: 'Une réponse',
      erased: false,
      createdAt: '2024-05-02T11:00:00Z',
    },
  ],
};
const erased: Schemas['Comment'] = {
  id: 13,
  authorName: 'anonymous',
  bodyHtml: '<em>comment erased</em>',
  erased: true,
  createdAt: '2024-05-03T10:00:00Z',
  replies: [],
};

interface Sent {
  comments: Schemas['CommentInput'][];
  reports: { id: string; body: Schemas['ReportInput'] }[];
}

type Answer = Schemas['SubmissionReceipt'] | Response;

/** A published note with its comments; `post` answers the comments posted (recorded in `sent`). */
function stubNote(
  options: {
    note?: Schemas['Note'];
    comments?: Schemas['Comment'][];
    post?: (body: Schemas['CommentInput']) => Answer;
  } = {},
) {
  const sent: Sent = { comments: [], reports: [] };
  api.use(
    http.get('/api/v1/notes/{slug}', ({ response }) => response(200).json(options.note ?? note)),
    http.get('/api/v1/notes/{slug}/comments', ({ response }) =>
      response(200).json(page(options.comments ?? [camille, erased])),
    ),
    http.post('/api/v1/notes/{slug}/comments', async ({ request, response }) => {
      const body = await request.json();
      sent.comments.push(body);
      const answer = options.post?.(body) ?? {
        id: 99,
        status: 'PENDING',
        message: 'Thank you: your comment will appear once a moderator has approved it.',
      };
      return answer instanceof Response ? answer : response(201).json(answer);
    }),
    http.post('/api/v1/comments/{id}/reports', async ({ params, request, response }) => {
      sent.reports.push({ id: params.id, body: await request.json() });
      return response(204).empty();
    }),
  );
  return sent;
}

const thread = async () => screen.findByRole('region', { name: 'Commentaires' });

describe('Comment thread', () => {
  it('shows approved comments and their replies, the author link, and only safe HTML', async () => {
    stubNote();
    renderApp(`/notes/${slug}`);
    const section = await thread();
    const first = await within(section).findByRole('article', { name: /^Camille/ });
    expect(within(first).getByRole('link', { name: 'Camille' })).toHaveAttribute(
      'rel',
      'nofollow ugc noopener',
    );
    expect(within(first).getByRole('link', { name: 'Camille' })).toHaveAttribute(
      'href',
      'https://camille.example',
    );
    expect(within(first).getByText('ok', { selector: 'b' })).toBeVisible();
    expect(first.querySelector('script, img')).toBeNull();
    expect(first.innerHTML).not.toContain('javascript:');
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();

    const replies = within(section).getByRole('list', { name: 'Réponses à Camille' });
    const reply = within(replies).getByRole('article', { name: /^Alex/ });
    expect(within(reply).getByText('membre')).toBeVisible();
    // One level of replies: a reply takes no reply.
    expect(within(reply).queryByRole('button', { name: /Répondre/ })).toBeNull();

    const gone = within(section).getByRole('article', { name: /^anonymous/ });
    expect(within(gone).getByText('Commentaire effacé à la demande de son auteur.')).toBeVisible();
    expect(within(gone).queryByRole('button', { name: /Signaler/ })).toBeNull();
  });

  it('says when there is no comment yet', async () => {
    stubNote({ comments: [] });
    renderApp(`/notes/${slug}`);
    expect(
      await within(await thread()).findByText('Aucun commentaire publié pour le moment.'),
    ).toBeVisible();
  });

  it('shows no form on a note whose comments are closed', async () => {
    stubNote({ note: { ...note, commentsOpen: false } });
    renderApp(`/notes/${slug}`);
    const section = await thread();
    expect(
      await within(section).findByText('Les commentaires sont fermés sur cette page.'),
    ).toBeVisible();
    expect(within(section).queryByRole('form')).toBeNull();
    expect(within(section).queryByRole('button', { name: /Répondre/ })).toBeNull();
  });
});

describe('Comment form', () => {
  it('asks anonymous readers for a name and an e-mail, explains its use, and hides the honeypot', async () => {
    const sent = stubNote();
    const { user } = renderApp(`/notes/${slug}`);
    const form = await within(await thread()).findByRole('form', {
      name: 'Laisser un commentaire',
    });
    expect(
      within(form).getByText(/Elle sert à la modération.*service anti-spam, il la reçoit/),
    ).toBeVisible();
    expect(
      within(form).getByRole('link', { name: 'Demander l’effacement de mes commentaires' }),
    ).toHaveAttribute('href', '/comments/erasure');
    const body = within(form).getByRole('textbox', { name: /^Commentaire/ });
    expect(body).toHaveAccessibleDescription(/<abbr title="…">.*<strike>.*http, https ou mailto/);
    // The honeypot is not offered to people nor to assistive technologies.
    expect(within(form).queryByRole('textbox', { name: 'Laissez ce champ vide' })).toBeNull();
    const trap = form.querySelector('input[name="url"]');
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap?.closest('[aria-hidden="true"]')).not.toBeNull();

    await user.click(within(form).getByRole('button', { name: 'Publier le commentaire' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Certains champs sont à corriger');
    const name = within(form).getByRole('textbox', { name: /^Nom/ });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Ce champ est obligatoire/);
    await waitFor(() => {
      expect(name).toHaveFocus();
    });
    const email = within(form).getByRole('textbox', { name: /^Adresse e-mail/ });
    await user.type(email, 'pas-une-adresse');
    expect(email).toHaveAccessibleDescription(/Une adresse e-mail valide/);
    expect(sent.comments).toHaveLength(0);
  });

  it('posts the comment with the form start time and an empty honeypot, and says it is held', async () => {
    const sent = stubNote();
    const { user } = renderApp(`/notes/${slug}`);
    const form = await within(await thread()).findByRole('form', {
      name: 'Laisser un commentaire',
    });
    const shownAt = Date.now();
    await user.type(within(form).getByRole('textbox', { name: /^Nom/ }), 'Dominique');
    await user.type(
      within(form).getByRole('textbox', { name: /^Adresse e-mail/ }),
      'dominique@example.org',
    );
    await user.type(within(form).getByRole('textbox', { name: /^Commentaire/ }), 'Merci <b>!</b>');
    await user.click(within(form).getByRole('button', { name: 'Publier le commentaire' }));

    const status = await screen.findByText(/Il sera publié après validation par un modérateur/);
    expect(status).toHaveAttribute('role', 'status');
    await waitFor(() => {
      expect(status).toHaveFocus();
    });
    expect(sent.comments).toHaveLength(1);
    const body = sent.comments[0];
    expect(body).toMatchObject({
      authorName: 'Dominique',
      email: 'dominique@example.org',
      body: 'Merci <b>!</b>',
      url: '',
    });
    const started = Date.parse(body?.formStartedAt ?? '');
    expect(started).toBeLessThanOrEqual(shownAt + 50);
    expect(started).toBeGreaterThan(shownAt - 60_000);
    expect(body).not.toHaveProperty('parentId');
    // The form is emptied for another comment.
    expect(within(form).getByRole('textbox', { name: /^Commentaire/ })).toHaveValue('');
  });

  it('says when the comment is published at once', async () => {
    stubNote({ post: () => ({ id: 100, status: 'APPROVED', message: 'ok' }) });
    const { user } = renderApp(`/notes/${slug}`, { auth: fakeAuth(['member'], 'Alex Durand') });
    const form = await within(await thread()).findByRole('form', {
      name: 'Laisser un commentaire',
    });
    await user.type(within(form).getByRole('textbox', { name: /^Commentaire/ }), 'Bravo');
    await user.click(within(form).getByRole('button', { name: 'Publier le commentaire' }));
    expect(await screen.findByRole('status', { name: '' })).toHaveTextContent(
      'Merci : votre commentaire est publié.',
    );
  });

  it('lets a signed-in member comment under their account, without name or e-mail', async () => {
    const sent = stubNote();
    const { user } = renderApp(`/notes/${slug}`, { auth: fakeAuth(['member'], 'Alex Durand') });
    const form = await within(await thread()).findByRole('form', {
      name: 'Laisser un commentaire',
    });
    expect(within(form).getByText('Vous commentez sous votre compte : Alex Durand.')).toBeVisible();
    expect(within(form).queryByRole('textbox', { name: /^Nom/ })).toBeNull();
    expect(within(form).queryByRole('textbox', { name: /^Adresse e-mail/ })).toBeNull();
    await user.type(within(form).getByRole('textbox', { name: /^Commentaire/ }), 'Bravo');
    await user.click(within(form).getByRole('button', { name: 'Publier le commentaire' }));
    await waitFor(() => {
      expect(sent.comments).toHaveLength(1);
    });
    expect(sent.comments[0]).not.toHaveProperty('email');
    expect(sent.comments[0]).not.toHaveProperty('authorName');
  });

  it('shows the server’s field errors next to their fields', async () => {
    stubNote({
      post: () =>
        problemResponse(400, {
          title: 'Bad request',
          errors: [
            { field: 'email', message: 'must be a well-formed email address' },
            { field: 'parentId', message: 'no published comment with this id here' },
          ],
        }),
    });
    const { user } = renderApp(`/notes/${slug}`);
    const form = await within(await thread()).findByRole('form', {
      name: 'Laisser un commentaire',
    });
    await user.type(within(form).getByRole('textbox', { name: /^Nom/ }), 'Dominique');
    await user.type(within(form).getByRole('textbox', { name: /^Adresse e-mail/ }), 'd@x.org');
    await user.type(within(form).getByRole('textbox', { name: /^Commentaire/ }), 'Texte');
    await user.click(within(form).getByRole('button', { name: 'Publier le commentaire' }));
    const email = within(form).getByRole('textbox', { name: /^Adresse e-mail/ });
    await waitFor(() => {
      expect(email).toHaveAccessibleDescription(/must be a well-formed email address/);
    });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'parentId : no published comment with this id here',
    );
  });

  it('says when to try again after too many submissions (429 with Retry-After)', async () => {
    const sent = stubNote({
      post: () => problemResponse(429, { title: 'Too many requests' }, { 'Retry-After': '120' }),
    });
    const { user } = renderApp(`/notes/${slug}`);
    const form = await within(await thread()).findByRole('form', {
      name: 'Laisser un commentaire',
    });
    await user.type(within(form).getByRole('textbox', { name: /^Nom/ }), 'Dominique');
    await user.type(within(form).getByRole('textbox', { name: /^Adresse e-mail/ }), 'd@x.org');
    await user.type(within(form).getByRole('textbox', { name: /^Commentaire/ }), 'Texte');
    await user.click(within(form).getByRole('button', { name: 'Publier le commentaire' }));
    // Shown by the problem component, as every refusal: what it means, the server's title, the delay.
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Trop de demandes en peu de temps.');
    expect(alert).toHaveTextContent('Too many requests');
    expect(alert).toHaveTextContent('Réessayez dans 120 secondes.');
    expect(sent.comments).toHaveLength(1);
  });

  it('removes the form when the comments were closed meanwhile (409)', async () => {
    stubNote({
      post: () => problemResponse(409, { title: 'Conflict', detail: 'Comments are closed' }),
    });
    const { user } = renderApp(`/notes/${slug}`, { auth: fakeAuth(['member']) });
    const section = await thread();
    const form = await within(section).findByRole('form', { name: 'Laisser un commentaire' });
    await user.type(within(form).getByRole('textbox', { name: /^Commentaire/ }), 'Texte');
    await user.click(within(form).getByRole('button', { name: 'Publier le commentaire' }));
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Les commentaires viennent d’être fermés',
    );
    expect(within(section).queryByRole('form', { name: 'Laisser un commentaire' })).toBeNull();
    expect(within(section).getByText('Les commentaires sont fermés sur cette page.')).toBeVisible();
  });

  it('answers a comment with one level of replies', async () => {
    const sent = stubNote();
    const { user } = renderApp(`/notes/${slug}`, { auth: fakeAuth(['member']) });
    const section = await thread();
    await user.click(await within(section).findByRole('button', { name: 'Répondre à Camille' }));
    const form = within(section).getByRole('form', { name: 'Répondre à Camille' });
    const body = within(form).getByRole('textbox', { name: /^Commentaire/ });
    await user.type(body, 'Je réponds');
    await user.click(within(form).getByRole('button', { name: 'Publier la réponse' }));
    await waitFor(() => {
      expect(sent.comments[0]).toMatchObject({ body: 'Je réponds', parentId: 11 });
    });
    await waitFor(() => {
      expect(within(section).queryByRole('form', { name: 'Répondre à Camille' })).toBeNull();
    });
  });

  it('gives the focus back to the reply button when a reply is cancelled', async () => {
    stubNote();
    const { user } = renderApp(`/notes/${slug}`);
    const section = await thread();
    const reply = await within(section).findByRole('button', { name: 'Répondre à Camille' });
    await user.click(reply);
    await user.click(
      within(within(section).getByRole('form', { name: 'Répondre à Camille' })).getByRole(
        'button',
        { name: 'Annuler' },
      ),
    );
    await waitFor(() => {
      expect(within(section).getByRole('button', { name: 'Répondre à Camille' })).toHaveFocus();
    });
  });
});

describe('Reporting a comment', () => {
  it('asks for a reason and a confirmation, then thanks the reporter', async () => {
    const sent = stubNote();
    const { user } = renderApp(`/notes/${slug}`);
    const section = await thread();
    await user.click(
      await within(section).findByRole('button', { name: 'Signaler le commentaire de Alex' }),
    );
    const form = within(section).getByRole('form', { name: 'Signaler le commentaire de Alex' });
    expect(
      within(form).getByRole('radio', { name: 'Indésirable (publicité, spam)' }),
    ).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Confirmer le signalement' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Choisissez une raison.');
    expect(sent.reports).toHaveLength(0);

    await user.click(within(form).getByRole('radio', { name: 'Hors sujet' }));
    await user.type(within(form).getByRole('textbox', { name: /Précisions/ }), 'rien à voir');
    await user.click(within(form).getByRole('button', { name: 'Confirmer le signalement' }));
    const done = await within(section).findByText(
      'Merci : votre signalement a été transmis aux modérateurs.',
    );
    expect(done).toHaveAttribute('role', 'status');
    await waitFor(() => {
      expect(done).toHaveFocus();
    });
    expect(sent.reports).toEqual([
      { id: '12', body: { reason: 'OFF_TOPIC', detail: 'rien à voir' } },
    ]);
    expect(
      within(section).queryByRole('button', { name: 'Signaler le commentaire de Alex' }),
    ).toBeNull();
  });

  it('sends nothing when the report is cancelled', async () => {
    const sent = stubNote();
    const { user } = renderApp(`/notes/${slug}`);
    const section = await thread();
    await user.click(
      await within(section).findByRole('button', { name: 'Signaler le commentaire de Camille' }),
    );
    const form = within(section).getByRole('form', { name: 'Signaler le commentaire de Camille' });
    await user.click(within(form).getByRole('radio', { name: 'Offensant' }));
    await user.click(within(form).getByRole('button', { name: 'Annuler' }));
    expect(within(section).queryByRole('form', { name: /Signaler/ })).toBeNull();
    expect(sent.reports).toHaveLength(0);
  });
});

describe('Comments on a coalition', () => {
  const coalitionSlug = 'formations-superieures-numeriques-ethiques';
  const coalition: Schemas['Coalition'] = {
    number: 3,
    slug: coalitionSlug,
    title: 'Pour des formations supérieures numériques',
    stage: 'FORMING',
    commentsOpen: true,
  };

  function stubCoalition(open: boolean) {
    const posted: string[] = [];
    const empty = page([]);
    api.use(
      http.get('/api/v1/coalitions/{slug}', ({ response }) =>
        response(200).json({ ...coalition, commentsOpen: open }),
      ),
      http.get('/api/v1/coalitions/{slug}/territories', ({ response }) =>
        response(200).json(empty),
      ),
      http.get('/api/v1/coalitions/{slug}/comments', ({ response }) =>
        response(200).json(page([camille])),
      ),
      http.post('/api/v1/coalitions/{slug}/comments', ({ request, response }) => {
        posted.push(request.url);
        return response(201).json({ id: 5, status: 'PENDING' });
      }),
      http.get('/api/v1/events', ({ response }) => response(200).json(empty)),
      http.get('/api/v1/notes', ({ response }) => response(200).json(empty)),
      http.get('/api/v1/testimonies', ({ response }) => response(200).json(empty)),
    );
    return posted;
  }

  it('lists and takes comments below the canvas', async () => {
    const posted = stubCoalition(true);
    const { user } = renderApp(`/coalitions/${coalitionSlug}`, { auth: fakeAuth(['member']) });
    const section = await thread();
    expect(await within(section).findByRole('article', { name: /^Camille/ })).toBeVisible();
    const form = within(section).getByRole('form', { name: 'Laisser un commentaire' });
    await user.type(within(form).getByRole('textbox', { name: /^Commentaire/ }), 'Bravo');
    await user.click(within(form).getByRole('button', { name: 'Publier le commentaire' }));
    expect(await within(section).findByText(/après validation par un modérateur/)).toBeVisible();
    expect(posted).toEqual([`${TEST_API_URL}/api/v1/coalitions/${coalitionSlug}/comments`]);
  });

  it('shows no form when the coalition’s comments are closed', async () => {
    stubCoalition(false);
    renderApp(`/coalitions/${coalitionSlug}`);
    const section = await thread();
    expect(
      await within(section).findByText('Les commentaires sont fermés sur cette page.'),
    ).toBeVisible();
    expect(await within(section).findByRole('article', { name: /^Camille/ })).toBeVisible();
    expect(within(section).queryByRole('form')).toBeNull();
  });
});
