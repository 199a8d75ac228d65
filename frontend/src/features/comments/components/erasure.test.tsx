import { screen, waitFor } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { fakeAuth } from '@/testing/fake-auth';
import { http, problemResponse, setupApiServer } from '@/testing/msw';
import { renderApp } from '@/testing/render';

const api = setupApiServer();

function page<T>(items: T[]) {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: items.length ? 1 : 0 };
}

const me = http.get('/api/v1/me', ({ response }) =>
  response(200).json({ subject: 's', name: 'Camille', roles: ['member'], actors: [] }),
);

describe('Erasure by e-mail', () => {
  it('asks for an address and says a link is on its way, whatever the address sent', async () => {
    const sent: unknown[] = [];
    api.use(
      http.post('/api/v1/comments/erasure-requests', async ({ request, response }) => {
        sent.push(await request.json());
        return response(202).json({ message: 'If comments were sent with this address…' });
      }),
    );
    const { user } = renderApp('/comments/erasure');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Effacer mes commentaires' }),
    ).toBeVisible();
    const email = screen.getByRole('textbox', { name: /^Adresse e-mail/ });
    await user.click(screen.getByRole('button', { name: 'Recevoir le lien d’effacement' }));
    expect(email).toHaveAccessibleDescription('Ce champ est obligatoire.');
    await user.type(email, 'camille@');
    expect(email).toHaveAccessibleDescription(/Une adresse e-mail valide/);
    expect(sent).toHaveLength(0);
    await user.clear(email);

    await user.type(email, ' Camille@Example.org ');
    await user.click(screen.getByRole('button', { name: 'Recevoir le lien d’effacement' }));
    const status = await screen.findByText(/un lien pour les effacer vient de lui être envoyé/);
    expect(status).toHaveAttribute('role', 'status');
    await waitFor(() => {
      expect(status).toHaveFocus();
    });
    expect(sent).toEqual([{ email: 'Camille@Example.org', language: 'fr' }]);
  });

  it('says when to try again after too many requests (429 with Retry-After)', async () => {
    api.use(
      http.post('/api/v1/comments/erasure-requests', () =>
        problemResponse(429, { title: 'Too many requests' }, { 'Retry-After': '30' }),
      ),
    );
    const { user } = renderApp('/comments/erasure');
    await user.type(
      await screen.findByRole('textbox', { name: /^Adresse e-mail/ }),
      'camille@example.org',
    );
    await user.click(screen.getByRole('button', { name: 'Recevoir le lien d’effacement' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Trop de demandes en peu de temps.');
    expect(alert).toHaveTextContent('Réessayez dans 30 secondes.');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('places the server’s refusal of the address on its field (400)', async () => {
    api.use(
      http.post('/api/v1/comments/erasure-requests', () =>
        problemResponse(400, {
          title: 'Invalid request',
          errors: [{ field: 'email', message: 'must be a well-formed email address' }],
        }),
      ),
    );
    const { user } = renderApp('/comments/erasure');
    const email = await screen.findByRole('textbox', { name: /^Adresse e-mail/ });
    await user.type(email, 'camille@example.org');
    await user.click(screen.getByRole('button', { name: 'Recevoir le lien d’effacement' }));
    await waitFor(() => {
      expect(email).toHaveAccessibleDescription('must be a well-formed email address');
    });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Le serveur a refusé certains champs');
  });

  it('erases with the mailed link only after a confirmation, once', async () => {
    const used: string[] = [];
    const token = 'eyJhYmMiOjF9.c2ln';
    api.use(
      http.post('/api/v1/comments/erasure/{token}', ({ request, response }) => {
        used.push(request.method);
        return response(200).json({ comments: 3, suggestions: 1 });
      }),
    );
    const { user } = renderApp(`/comments/erasure/${token}`);
    const button = await screen.findByRole('button', { name: 'Effacer mes commentaires' });
    expect(used).toHaveLength(0);
    await user.click(button);
    expect(
      await screen.findByText(/3 commentaires effacés\. 1 suggestion anonymisée\./),
    ).toBeVisible();
    expect(used).toEqual(['POST']);
    expect(screen.queryByRole('button', { name: 'Effacer mes commentaires' })).toBeNull();
  });

  it('explains an invalid or expired link', async () => {
    api.use(
      http.post('/api/v1/comments/erasure/{token}', () =>
        problemResponse(404, { title: 'Not found' }),
      ),
    );
    const first = renderApp('/comments/erasure/expired');
    await first.user.click(await screen.findByRole('button', { name: 'Effacer mes commentaires' }));
    expect(await screen.findByText(/Ce lien n’est pas valable ou a expiré/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute(
      'href',
      '/comments/erasure',
    );
  });

  it('says a used link has already erased the comments', async () => {
    api.use(
      http.post('/api/v1/comments/erasure/{token}', () =>
        problemResponse(409, { title: 'Conflict' }),
      ),
    );
    const { user } = renderApp('/comments/erasure/used');
    await user.click(await screen.findByRole('button', { name: 'Effacer mes commentaires' }));
    expect(await screen.findByText(/Ce lien a déjà servi/)).toBeVisible();
  });
});

describe('My comments', () => {
  const mine: Schemas['MyComment'][] = [
    {
      id: 5,
      coalition: { number: 3, slug: 'formations', title: 'Formations' },
      bodyHtml: 'Sur la <b>coalition</b><script>x()</script>',
      published: true,
      createdAt: '2024-05-02T10:00:00Z',
    },
    {
      id: 4,
      note: { slug: 'notes-du-reset-day-4', title: 'Notes du Reset Day #4' },
      parentId: 2,
      bodyHtml: 'Une réponse',
      published: false,
      createdAt: '2024-05-01T10:00:00Z',
    },
  ];

  it('refuses signed-out readers', async () => {
    renderApp('/me/comments');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
  });

  it('lists the member’s comments and erases them after a confirmation', async () => {
    let erased = false;
    api.use(
      me,
      http.get('/api/v1/me/comments', ({ response }) =>
        response(200).json(page(erased ? [] : mine)),
      ),
      http.delete('/api/v1/me/comments', ({ response }) => {
        erased = true;
        return response(200).json({ comments: 2, suggestions: 0 });
      }),
    );
    const { user } = renderApp('/me/comments', { auth: fakeAuth(['member']) });
    const onCoalition = await screen.findByRole('article', { name: /Sur la coalition/ });
    expect(onCoalition).toHaveTextContent('Publié');
    expect(onCoalition.querySelector('b')).toHaveTextContent('coalition');
    expect(onCoalition.querySelector('script')).toBeNull();
    const onNote = screen.getByRole('article', { name: /Sur la note Notes du Reset Day #4/ });
    expect(onNote).toHaveTextContent('Non publié');
    expect(onNote).toHaveTextContent('(réponse)');

    await user.click(screen.getByRole('button', { name: 'Effacer tous mes commentaires' }));
    expect(screen.getByText(/Effacer définitivement vos 2 commentaires/)).toBeVisible();
    expect(erased).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Oui, tout effacer' }));
    const status = await screen.findByText('2 commentaires effacés.');
    await waitFor(() => {
      expect(status).toHaveFocus();
    });
    expect(erased).toBe(true);
    expect(
      await screen.findByText('Vous n’avez aucun commentaire sous votre compte.'),
    ).toBeVisible();
  });

  it('shows the link to my comments in the header once signed in', async () => {
    api.use(
      me,
      http.get('/api/v1/me/comments', ({ response }) => response(200).json(page([]))),
    );
    renderApp('/comments/erasure', { auth: fakeAuth(['member']) });
    const links = await screen.findAllByRole('link', { name: 'Mes commentaires' });
    expect(links[0]).toHaveAttribute('href', '/me/comments');
  });
});
