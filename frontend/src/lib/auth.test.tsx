import { render, screen } from '@testing-library/react';
import {
  accountFromToken,
  AuthContext,
  Roles,
  useAuth,
  type AuthClient,
  type AuthState,
} from '@/lib/auth';

function fakeAuth(state: AuthState): AuthClient & { login: ReturnType<typeof vi.fn> } {
  return {
    getState: () => state,
    subscribe: () => () => undefined,
    init: () => Promise.resolve(),
    login: vi.fn(() => Promise.resolve()),
    logout: () => Promise.resolve(),
    getToken: () => Promise.resolve(state.account ? 'token' : undefined),
  };
}

function EditButton() {
  const auth = useAuth();
  return auth.hasRole(Roles.editor) ? (
    <button type="button">Modifier</button>
  ) : (
    <p>{auth.status}</p>
  );
}

describe('useAuth', () => {
  it('shows role-gated controls to a user with the role', () => {
    const auth = fakeAuth({
      status: 'authenticated',
      account: { subject: 's', name: 'Éditrice', roles: ['editor'] },
    });
    render(
      <AuthContext value={auth}>
        <EditButton />
      </AuthContext>,
    );
    expect(screen.getByRole('button', { name: 'Modifier' })).toBeVisible();
  });

  it('hides them from anonymous readers and from users without the role', () => {
    const { rerender } = render(
      <AuthContext value={fakeAuth({ status: 'anonymous', account: null })}>
        <EditButton />
      </AuthContext>,
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    rerender(
      <AuthContext
        value={fakeAuth({
          status: 'authenticated',
          account: { subject: 's', name: 'Membre', roles: ['member'] },
        })}
      >
        <EditButton />
      </AuthContext>,
    );
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
