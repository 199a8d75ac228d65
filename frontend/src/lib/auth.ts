import { createContext, use, useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import type Keycloak from 'keycloak-js';
import type { RuntimeConfig } from '@/config/runtime-config';
import { unwrap, useApiClient, type Schemas } from '@/lib/api-client';

/** Realm roles that unlock edit controls (reads are public). */
export const Roles = {
  admin: 'admin',
  editor: 'editor',
  coordinator: 'coordinator',
  territoryManager: 'territory-manager',
  moderator: 'moderator',
} as const;
export type Role = (typeof Roles)[keyof typeof Roles];

export interface Account {
  subject: string;
  name: string;
  roles: readonly string[];
}

/** `unavailable`: the identity server could not be reached; the app stays usable read-only. */
export type AuthStatus = 'loading' | 'anonymous' | 'authenticated' | 'unavailable';

export interface AuthState {
  status: AuthStatus;
  account: Account | null;
}

/** What the app needs from an identity provider; Keycloak in production, a fake in tests. */
export interface AuthClient {
  getState: () => AuthState;
  subscribe: (listener: () => void) => () => void;
  init: () => Promise<void>;
  login: () => Promise<void>;
  /** The identity server's sign-up form (an e-mail to verify, then a password to choose). */
  register: () => Promise<void>;
  logout: () => Promise<void>;
  /** Forgets the session in this browser only (the account was deleted: nothing left to sign out of). */
  forget: () => void;
  /** A valid access token (refreshed when close to expiry), or undefined when signed out. */
  getToken: () => Promise<string | undefined>;
}

function createStore(initial: AuthState) {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (next: AuthState) => {
      state = next;
      listeners.forEach((listener) => {
        listener();
      });
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Seconds of validity under which a token is refreshed before use. */
const MIN_VALIDITY = 30;

export function accountFromToken(token: Keycloak['tokenParsed']): Account | null {
  if (!token?.sub) return null;
  const claim = (key: string): string | undefined => {
    const value: unknown = token[key];
    return typeof value === 'string' ? value : undefined;
  };
  return {
    subject: token.sub,
    name: claim('name') ?? claim('preferred_username') ?? token.sub,
    roles: token.realm_access?.roles ?? [],
  };
}

/** The localStorage key set while this browser holds a session with the identity server. */
export const SESSION_HINT_KEY = 'fabrique.session';

function setSessionHint(signedIn: boolean) {
  try {
    if (signedIn) window.localStorage.setItem(SESSION_HINT_KEY, '1');
    else window.localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Storage may be disabled: every start then checks for a session.
  }
}

/**
 * Whether a session may exist to restore at start-up: the person signed in from this browser
 * before (and did not sign out), or the identity server is sending them back (the answer is in
 * the URL's fragment). Visitors who never signed in here skip the silent check: no keycloak-js,
 * no hidden frames, nothing on the identity server's side.
 */
export function mayHaveSession(
  location: Pick<Location, 'hash' | 'search'> = window.location,
): boolean {
  if (/(^|[#&?])(state|code|error)=/.test(location.hash + location.search)) return true;
  try {
    return window.localStorage.getItem(SESSION_HINT_KEY) !== null;
  } catch {
    return true;
  }
}

/**
 * Sign-in with keycloak-js: authorization code flow with PKCE (S256), a silent check of an
 * existing session at start-up (when one may exist: `mayHaveSession`), silent token refresh,
 * logout. keycloak-js is loaded on demand so that it stays out of the first page's JavaScript.
 */
export function createKeycloakAuth(config: RuntimeConfig): AuthClient {
  // Without a session to check, the visitor is anonymous from the start: the first render is the
  // final one. (Setting it later, from an effect, re-rendered every subscriber synchronously while
  // the landing page was mounting: one long task instead of slices.)
  const checkSession = mayHaveSession();
  const store = createStore({ status: checkSession ? 'loading' : 'anonymous', account: null });
  let keycloak: Keycloak | undefined;
  let loading: Promise<void> | undefined;
  let initialised = false;

  const sync = () => {
    const account = keycloak?.authenticated ? accountFromToken(keycloak.tokenParsed) : null;
    setSessionHint(account !== null);
    store.set({ status: account ? 'authenticated' : 'anonymous', account });
  };

  const start = async (checkSession: boolean) => {
    try {
      const { default: KeycloakClass } = await import('keycloak-js');
      keycloak = new KeycloakClass({
        url: config.keycloakUrl,
        realm: config.realm,
        clientId: config.clientId,
      });
      keycloak.onAuthSuccess = sync;
      keycloak.onAuthLogout = sync;
      keycloak.onAuthRefreshSuccess = sync;
      keycloak.onTokenExpired = () => {
        keycloak?.updateToken(MIN_VALIDITY).catch(() => {
          keycloak?.clearToken();
        });
      };
      await keycloak.init(
        checkSession
          ? {
              onLoad: 'check-sso',
              pkceMethod: 'S256',
              silentCheckSsoRedirectUri: `${window.location.origin}/silent-check-sso.html`,
              checkLoginIframe: false,
            }
          : { pkceMethod: 'S256', checkLoginIframe: false },
      );
      sync();
    } catch (error) {
      console.warn('Sign-in is unavailable:', error);
      store.set({ status: 'unavailable', account: null });
    }
  };

  return {
    getState: store.get,
    subscribe: store.subscribe,
    init() {
      // Once only, even when React runs effects twice (StrictMode).
      if (!initialised) {
        initialised = true;
        if (checkSession) loading ??= start(true);
      }
      return loading ?? Promise.resolve();
    },
    async login() {
      loading ??= start(false);
      await loading;
      await keycloak?.login();
    },
    async register() {
      loading ??= start(false);
      await loading;
      await keycloak?.register();
    },
    async logout() {
      setSessionHint(false);
      await keycloak?.logout({ redirectUri: window.location.origin });
    },
    forget() {
      keycloak?.clearToken();
      setSessionHint(false);
      store.set({ status: 'anonymous', account: null });
    },
    async getToken() {
      if (!keycloak?.authenticated) return undefined;
      try {
        await keycloak.updateToken(MIN_VALIDITY);
        return keycloak.token;
      } catch {
        keycloak.clearToken();
        return undefined;
      }
    },
  };
}

/** An identity provider that never signs anyone in (tests, or no identity server configured). */
export function createAnonymousAuth(): AuthClient {
  const state: AuthState = { status: 'anonymous', account: null };
  return {
    getState: () => state,
    subscribe: () => () => undefined,
    init: () => Promise.resolve(),
    login: () => Promise.resolve(),
    logout: () => Promise.resolve(),
    register: () => Promise.resolve(),
    forget: () => undefined,
    getToken: () => Promise.resolve(undefined),
  };
}

export const AuthContext = createContext<AuthClient | null>(null);

export interface UseAuth extends AuthState {
  /** The caller's account as the API knows it (linked actors and territories), once loaded. */
  me: Schemas['Account'] | undefined;
  /** Whether the signed-in user has a realm role; edit controls are shown per role. */
  hasRole: (role: Role) => boolean;
  login: () => Promise<void>;
  register: () => Promise<void>;
  logout: () => Promise<void>;
  forget: () => void;
}

export function useAuth(): UseAuth {
  const client = use(AuthContext);
  if (!client) throw new Error('useAuth needs an AuthContext provider');
  const state = useSyncExternalStore(client.subscribe, client.getState);
  const api = useApiClient();
  const subject = state.account?.subject;
  const me = useQuery({
    queryKey: ['me', subject],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/me', { signal })),
    enabled: state.status === 'authenticated',
    staleTime: 5 * 60_000,
  });
  return {
    ...state,
    me: me.data,
    hasRole: (role) => state.account?.roles.includes(role) ?? false,
    login: () => client.login(),
    register: () => client.register(),
    logout: () => client.logout(),
    forget: () => {
      client.forget();
    },
  };
}
