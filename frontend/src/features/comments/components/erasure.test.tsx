import { screen, waitFor } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import { json, page, stubApi } from '@/testing/api-stub';
import { fakeAuth } from '@/testing/fake-auth';
import { renderApp } from '@/testing/render';

describe('Erasure by e-mail', () => {
  it('asks for an address and says a link is on its way, whatever the address sent', async () => {
    const sent: unknown[] = [];
    stubApi({
      '/api/v1/comments/erasure-requests': async (_url: URL, request: Request) => {
        sent.push(await request.json());
        return json({ message: 'If comments were sent with this address…' }, 202);
      },
    });
    const { user } = renderApp('/comments/erasure');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Effacer mes commentaires' }),
    ).toBeVisible();
    const email = screen.getByRole('textbox', { name: /^Adresse e-mail/ });
    await user.click(screen.getByRole('button', { name: 'Recevoir le lien d’effacement' }));
    expect(email).toHaveAccessibleDescription('Ce champ est obligatoire.');
    expect(sent).toHaveLength(0);

    await user.type(email, ' Camille@Example.org ');
    await user.click(screen.getByRole('button', { name: 'Recevoir le lien d’effacement' }));
    const status = await screen.findByText(/un lien pour les effacer vient de lui être envoyé/);
    expect(status).toHaveAttribute('role', 'status');
    await waitFor(() => {
      expect(status).toHaveFocus();
    });
    expect(sent).toEqual([{ email: 'Camille@Example.org', language: 'fr' }]);
  });

  it('says when to try again after too many requests', async () => {
    stubApi({
      '/api/v1/comments/erasure-requests': () =>
        new Response(JSON.stringify({ status: 429, title: 'Too many requests' }), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
        }),
    });
    const { user } = renderApp('/comments/erasure');
    await user.type(
      await screen.findByRole('textbox', { name: /^Adresse e-mail/ }),
      'camille@example.org',
    );
    await user.click(screen.getByRole('button', { name: 'Recevoir le lien d’effacement' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('réessayez dans 30 secondes');
  });

  it('erases with the mailed link only after a confirmation, once', async () => {
    const used: string[] = [];
    const token = 'eyJhYmMiOjF9.c2ln';
    stubApi({
      [`/api/v1/comments/erasure/${token}`]: (_url: URL, request: Request) => {
        used.push(request.method);
        return json({ comments: 3, suggestions: 1 });
      },
    });
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
    stubApi({
      '/api/v1/comments/erasure/expired': () => json({ status: 404, title: 'Not found' }, 404),
    });
    const first = renderApp('/comments/erasure/expired');
    await first.user.click(await screen.findByRole('button', { name: 'Effacer mes commentaires' }));
    expect(await screen.findByText(/Ce lien n’est pas valable ou a expiré/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute(
      'href',
      '/comments/erasure',
    );
  });

  it('says a used link has already erased the comments', async () => {
    stubApi({
      '/api/v1/comments/erasure/used': () => json({ status: 409, title: 'Conflict' }, 409),
    });
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
    stubApi({});
    renderApp('/me/comments');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' }),
    ).toBeVisible();
  });

  it('lists the member’s comments and erases them after a confirmation', async () => {
    let erased = false;
    stubApi({
      '/api/v1/me': { id: 1, username: 'member', roles: ['member'] },
      '/api/v1/me/comments': (_url: URL, request: Request) => {
        if (request.method === 'DELETE') {
          erased = true;
          return json({ comments: 2, suggestions: 0 });
        }
        return page(erased ? [] : mine);
      },
    });
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
    stubApi({ '/api/v1/me/comments': page([]), '/api/v1/me': { id: 1 } });
    renderApp('/comments/erasure', { auth: fakeAuth(['member']) });
    const links = await screen.findAllByRole('link', { name: 'Mes commentaires' });
    expect(links[0]).toHaveAttribute('href', '/me/comments');
  });
});
