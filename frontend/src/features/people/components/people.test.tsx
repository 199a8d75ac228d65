import { screen, waitFor, within } from '@testing-library/react';
import { json, stubApi } from '@/testing/api-stub';
import { fakeAuth } from '@/testing/fake-auth';
import { renderApp, renderComponent } from '@/testing/render';
import { FollowButton } from '@/features/people/components/follow-button';

const profile = {
  username: 'camille',
  displayName: 'Camille',
  email: 'camille@example.org',
  language: 'fr',
  notificationMode: 'IMMEDIATE',
};

describe('Follow button', () => {
  it('shows the state read from the API and toggles it with PUT then DELETE', async () => {
    const calls: string[] = [];
    let followed = false;
    stubApi({
      '/api/v1/me/follows/coalition/c3': (_url: URL, request: Request) => {
        calls.push(request.method);
        if (request.method === 'PUT') followed = true;
        if (request.method === 'DELETE') followed = false;
        if (request.method === 'GET') return json({ following: followed });
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderComponent(
      <FollowButton type="coalition" slug="c3" name="Coalition 3" />,
      '/',
      {
        auth: fakeAuth(['member']),
      },
    );
    const button = await screen.findByRole('button', { name: 'Suivre « Coalition 3 »' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await user.click(button);
    await waitFor(() => {
      expect(button).toHaveAttribute('aria-pressed', 'true');
    });
    expect(button).toHaveTextContent('Suivi');
    await user.click(button);
    await waitFor(() => {
      expect(button).toHaveAttribute('aria-pressed', 'false');
    });
    expect(calls).toEqual(['GET', 'PUT', 'DELETE']);
  });

  it('is not shown to anonymous readers, who are not asked anything', async () => {
    const spy = stubApi({});
    renderComponent(<FollowButton type="axis" slug="environnement" name="Environnement" />, '/', {
      auth: fakeAuth(null),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button')).toBeNull();
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('Profile page', () => {
  // Saving the profile: app/routes/my-profile.test.tsx (MSW typed by the contract).
  it('deletes the account only once confirmed, then forgets the session and says what was kept', async () => {
    const methods: string[] = [];
    stubApi({
      '/api/v1/me': (_url: URL, request: Request) => {
        methods.push(request.method);
        if (request.method === 'DELETE') return json({ comments: 2, suggestions: 0 });
        return json({ id: 1, username: 'camille', name: 'Camille', roles: ['member'], actors: [] });
      },
      '/api/v1/me/profile': profile,
      '/api/v1/me/follows': [],
    });
    const auth = fakeAuth(['member'], 'Camille');
    const forget = vi.spyOn(auth, 'forget');
    const { user } = renderApp('/me/profile', { auth });
    const submit = await screen.findByRole('button', { name: 'Supprimer mon compte' });
    expect(submit).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /supprimer mon compte définitivement/ }));
    await user.click(submit);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Votre compte est supprimé' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('2 commentaire(s)');
    expect(methods.filter((m) => m === 'DELETE')).toHaveLength(1);
    expect(forget).toHaveBeenCalledOnce();
  });
});

describe('Notifications', () => {
  it('shows the unread count in the navigation, lists them and marks them all read', async () => {
    const marked: unknown[] = [];
    let unread = 2;
    stubApi({
      '/api/v1/me': { id: 1, username: 'camille', name: 'Camille', roles: ['member'], actors: [] },
      '/api/v1/me/notifications/unread': () => json({ unread }),
      '/api/v1/me/notifications': {
        items: [
          {
            id: 3,
            kind: 'commitment-request',
            title: 'Latitudes · Coalition 3',
            link: '/commitment-requests',
            createdAt: '2026-12-06T11:00:00Z',
            readAt: '2026-12-06T11:30:00Z',
          },
          {
            id: 2,
            kind: 'note',
            title: 'Notes du jour',
            link: '/notes/du-jour',
            createdAt: '2026-12-06T10:00:00Z',
          },
          {
            id: 1,
            kind: 'testimony',
            title: 'Magali Roger',
            link: '/events/reset-day-4',
            createdAt: '2026-12-05T10:00:00Z',
          },
        ],
        page: 0,
        size: 20,
        totalItems: 3,
        totalPages: 1,
      },
      '/api/v1/me/notifications/read': async (_url: URL, request: Request) => {
        marked.push(await request.json());
        unread = 0;
        return new Response(null, { status: 204 });
      },
    });
    const { user } = renderApp('/me/notifications', { auth: fakeAuth(['member'], 'Camille') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(
      await within(nav).findByRole('link', { name: /Notifications.*2 non lues/ }),
    ).toBeVisible();
    expect(
      await screen.findByRole('link', { name: 'Nouvelle note : Notes du jour' }),
    ).toHaveAttribute('href', '/notes/du-jour');
    expect(screen.getByRole('link', { name: 'Nouveau témoignage : Magali Roger' })).toBeVisible();
    expect(
      screen.getByRole('link', {
        name: 'Demande d’engagement à décider : Latitudes · Coalition 3',
      }),
    ).toHaveAttribute('href', '/commitment-requests');
    await user.click(screen.getByRole('button', { name: 'Tout marquer comme lu' }));
    await waitFor(() => {
      expect(marked).toEqual([{ ids: [] }]);
    });
    await waitFor(() => {
      expect(within(nav).getByRole('link', { name: 'Notifications' })).toBeVisible();
    });
  });
});

describe('Unsubscribe page', () => {
  it('stops the mails only when the reader confirms, and says when a link is not valid', async () => {
    const posted: string[] = [];
    stubApi({
      '/api/v1/unsubscribe/12.good': (_url: URL, request: Request) => {
        posted.push(request.method);
        return new Response(null, { status: 204 });
      },
      '/api/v1/unsubscribe/12.forged': () =>
        json({ type: 'about:blank', title: 'Bad request', status: 400 }, 400),
    });
    const { user } = renderApp('/unsubscribe/12.good', { auth: fakeAuth(null) });
    const button = await screen.findByRole('button', { name: 'Ne plus recevoir d’e-mails' });
    expect(posted).toEqual([]);
    await user.click(button);
    expect(await screen.findByRole('status')).toHaveTextContent('C’est fait');
    expect(posted).toEqual(['POST']);

    const forged = renderApp('/unsubscribe/12.forged', { auth: fakeAuth(null) });
    const buttons = await screen.findAllByRole('button', { name: 'Ne plus recevoir d’e-mails' });
    const last = buttons[buttons.length - 1];
    if (!last) throw new Error('no button');
    await forged.user.click(last);
    expect(await screen.findByRole('alert')).toHaveTextContent('Ce lien n’est pas valide');
  });
});
