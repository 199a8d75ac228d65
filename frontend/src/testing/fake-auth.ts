import type { AuthClient } from '@/lib/auth';

/** A signed-in user with realm roles, or an anonymous reader (no roles). */
export function fakeAuth(roles: string[] | null, name = 'Alex Durand'): AuthClient {
  const state = roles
    ? { status: 'authenticated' as const, account: { subject: `sub-${name}`, name, roles } }
    : { status: 'anonymous' as const, account: null };
  return {
    getState: () => state,
    subscribe: () => () => undefined,
    init: () => Promise.resolve(),
    login: () => Promise.resolve(),
    logout: () => Promise.resolve(),
    register: () => Promise.resolve(),
    forget: () => undefined,
    getToken: () => Promise.resolve(roles ? 'token' : undefined),
  };
}
