import { createContext, use } from 'react';
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from '@/api/schema';

export type Schemas = components['schemas'];
export type ApiClient = ReturnType<typeof createClient<paths>>;

/** An answer of the API that is not a success, with its RFC 9457 problem when there is one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Schemas['Problem'] | undefined;
  /** The delay a 429 or 503 asks for (`Retry-After` in seconds), when the answer gave one. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, problem?: Schemas['Problem'], retryAfter?: string | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    const seconds = Number(retryAfter);
    this.retryAfterSeconds =
      retryAfter != null && retryAfter !== '' && Number.isFinite(seconds) && seconds >= 0
        ? seconds
        : undefined;
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}

export interface ApiClientOptions {
  baseUrl: string;
  /** Gives a fresh access token when someone is signed in; reads work without one. */
  getToken?: () => Promise<string | undefined>;
  /** The reader's language: sent as Accept-Language (texts of content, problem details). */
  getLanguage?: () => string | undefined;
}

export function createApiClient({ baseUrl, getToken, getLanguage }: ApiClientOptions): ApiClient {
  const client = createClient<paths>({
    baseUrl,
    // Looked up on each call, so that tests can stub the network with a global fetch.
    fetch: (request) => globalThis.fetch(request),
  });
  if (getLanguage) {
    const language: Middleware = {
      onRequest({ request }) {
        const lang = getLanguage();
        if (lang && !request.headers.has('Accept-Language'))
          request.headers.set('Accept-Language', lang);
        return request;
      },
    };
    client.use(language);
  }
  if (getToken) {
    const auth: Middleware = {
      async onRequest({ request }) {
        const token = await getToken();
        if (token) request.headers.set('Authorization', `Bearer ${token}`);
        return request;
      },
    };
    client.use(auth);
  }
  return client;
}

export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Gives the body of a successful answer, or throws an {@link ApiError}. */
export function unwrap<T>({ data, error, response }: FetchResult<T>): T {
  if (!response.ok || error !== undefined || data === undefined) {
    const problem = typeof error === 'object' && error !== null ? error : undefined;
    throw new ApiError(response.status, problem, response.headers.get('Retry-After'));
  }
  return data;
}

export const ApiClientContext = createContext<ApiClient | null>(null);

export function useApiClient(): ApiClient {
  const client = use(ApiClientContext);
  if (!client) throw new Error('useApiClient needs an ApiClientContext provider');
  return client;
}

/** A resource with the ETag it was read with, to send back as `If-Match` when saving it. */
export interface Tagged<T> {
  data: T;
  etag: string | undefined;
}

/** Like {@link unwrap}, keeping the answer's ETag. */
export function unwrapTagged<T>(result: FetchResult<T>): Tagged<T> {
  return { data: unwrap(result), etag: result.response.headers.get('ETag') ?? undefined };
}

/** The `If-Match` header for an update, when the ETag of the edited version is known. */
export function ifMatch(etag: string | undefined): { 'If-Match'?: string } {
  return etag ? { 'If-Match': etag } : {};
}
