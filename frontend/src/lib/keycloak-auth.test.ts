import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '@/config/runtime-config';
import { createKeycloakAuth, SESSION_HINT_KEY } from '@/lib/auth';

const keycloakInit = vi.fn(() => Promise.resolve(false));
vi.mock('keycloak-js', () => ({
  default: class {
    authenticated = false;
    init = keycloakInit;
  },
}));

describe('createKeycloakAuth', () => {
  afterEach(() => {
    window.localStorage.clear();
    keycloakInit.mockClear();
  });

  it('knows a visitor without a session is anonymous before the first render, and never changes that at start', async () => {
    const auth = createKeycloakAuth(defaultConfig);
    expect(auth.getState().status).toBe('anonymous');
    const listener = vi.fn();
    auth.subscribe(listener);
    await auth.init();
    expect(listener).not.toHaveBeenCalled();
    expect(keycloakInit).not.toHaveBeenCalled();
    expect(auth.getState().status).toBe('anonymous');
  });

  it('checks a possible session with the identity server before saying who is there', async () => {
    window.localStorage.setItem(SESSION_HINT_KEY, '1');
    const auth = createKeycloakAuth(defaultConfig);
    expect(auth.getState().status).toBe('loading');
    const listener = vi.fn();
    auth.subscribe(listener);
    await auth.init();
    expect(keycloakInit).toHaveBeenCalledWith(expect.objectContaining({ onLoad: 'check-sso' }));
    expect(listener).toHaveBeenCalled();
    expect(auth.getState().status).toBe('anonymous');
    // The hint goes with the session.
    expect(window.localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });
});
