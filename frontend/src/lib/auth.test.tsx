import { screen } from '@testing-library/react';
import type { Schemas } from '@/lib/api-client';
import {
  accountFromToken,
  mayHaveSession,
  Roles,
  SESSION_HINT_KEY,
  useAuth,
  type AuthClient,
  type AuthState,
} from '@/lib/auth';
import { stubApi } from '@/testing/api-stub';
import { renderComponent } from '@/testing/render';

function fakeAuth(state: AuthState): AuthClient {
  return {
    getState: () => state,
    subscribe: () => () => undefined,
    init: () => Promise.resolve(),
    login: () => Promise.resolve(),
    logout: () => Promise.resolve(),
    register: () => Promise.resolve(),
    forget: () => undefined,
    getToken: () => Promise.resolve(state.account ? 'token' : undefined),
  };
}

function EditButton() {
  const auth = useAuth();
  return (
    <>
      {auth.hasRole(Roles.editor) && <button type="button">Modifier</button>}
      <p>{auth.me?.actors?.map((actor) => actor.name).join(', ')}</p>
    </>
  );
}

const me: Schemas['Account'] = {
  subject: 's',
  name: 'Éditrice',
  roles: ['editor'],
  actors: [{ slug: 'latitudes', name: 'Latitudes', kind: 'ASSOCIATION' }],
};

describe('useAuth', () => {
  it('shows role-gated controls to a user with the role, and loads their account', async () => {
    const spy = stubApi({ '/api/v1/me': me });
    const auth = fakeAuth({
      status: 'authenticated',
      account: { subject: 's', name: 'Éditrice', roles: ['editor'] },
    });
    renderComponent(<EditButton />, '/', { auth });

    expect(screen.getByRole('button', { name: 'Modifier' })).toBeVisible();
    expect(await screen.findByText('Latitudes')).toBeVisible();
    const request = spy.mock.calls[0]?.[0];
    expect(request instanceof Request && request.headers.get('Authorization')).toBe('Bearer token');
  });

  it('hides them from anonymous readers, who make no account request', () => {
    const spy = stubApi({});
    renderComponent(<EditButton />, '/', {
      auth: fakeAuth({ status: 'anonymous', account: null }),
    });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(spy).not.toHaveBeenCalled();
  });

  it('hides them from users without the role', () => {
    stubApi({ '/api/v1/me': { ...me, roles: ['member'] } });
    const auth = fakeAuth({
      status: 'authenticated',
      account: { subject: 's', name: 'Membre', roles: ['member'] },
    });
    renderComponent(<EditButton />, '/', { auth });
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('accountFromToken', () => {
  it('reads subject, name and realm roles from the token', () => {
    expect(
      accountFromToken({
        sub: 'abc',
        name: 'Claire Coordinatrice',
        preferred_username: 'coordinator',
        realm_access: { roles: ['coordinator'] },
      }),
    ).toEqual({ subject: 'abc', name: 'Claire Coordinatrice', roles: ['coordinator'] });
  });

  it('falls back to the user name and has no account without subject', () => {
    expect(accountFromToken({ sub: 'abc', preferred_username: 'member' })?.name).toBe('member');
    expect(accountFromToken(undefined)).toBeNull();
  });
});

describe('mayHaveSession', () => {
  afterEach(() => {
    window.localStorage.removeItem(SESSION_HINT_KEY);
  });

  it('is false for a visitor who never signed in here: no silent check at start-up', () => {
    expect(mayHaveSession({ hash: '', search: '' })).toBe(false);
  });

  it('is true once signed in from this browser', () => {
    window.localStorage.setItem(SESSION_HINT_KEY, '1');
    expect(mayHaveSession({ hash: '', search: '' })).toBe(true);
  });

  it('is true when the identity server sends the visitor back with its answer', () => {
    expect(mayHaveSession({ hash: '#state=abc&session_state=x&code=123', search: '' })).toBe(true);
    expect(mayHaveSession({ hash: '#error=login_required&state=abc', search: '' })).toBe(true);
    expect(mayHaveSession({ hash: '#section-state', search: '?q=code' })).toBe(false);
  });
});
