import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApiClient, type ApiClient, type Schemas } from '@/lib/api-client';

export const translatableKinds = [
  'coalition',
  'axis',
  'event',
  'note',
  'territory',
  'resource',
] as const;
export type TranslatableKind = (typeof translatableKinds)[number];

export function isTranslatableKind(value: unknown): value is TranslatableKind {
  return typeof value === 'string' && (translatableKinds as readonly string[]).includes(value);
}

/**
 * The page of a record, to go back to after translating it; none for a shared resource, which is
 * shown in lists (its territory's toolbox, search) and has no page of its own.
 */
export function recordPath(kind: TranslatableKind, slug: string): string | undefined {
  const base = {
    coalition: '/coalitions/',
    axis: '/axes/',
    event: '/events/',
    note: '/notes/',
    territory: '/territories/',
    resource: undefined,
  }[kind];
  return base === undefined ? undefined : base + slug;
}

export function translationNeedsQuery(api: ApiClient, into: 'fr' | 'en') {
  return queryOptions({
    queryKey: ['translations', 'needs', into],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/translation-needs', { params: { query: { into } }, signal })),
  });
}

export function useTranslationNeeds(into: 'fr' | 'en') {
  return useQuery(translationNeedsQuery(useApiClient(), into));
}

async function read(api: ApiClient, kind: TranslatableKind, slug: string, signal?: AbortSignal) {
  const options = { params: { path: { slug } }, signal };
  switch (kind) {
    case 'coalition':
      return unwrap(await api.GET('/api/v1/coalitions/{slug}/translations', options));
    case 'axis':
      return unwrap(await api.GET('/api/v1/axes/{slug}/translations', options));
    case 'event':
      return unwrap(await api.GET('/api/v1/events/{slug}/translations', options));
    case 'note':
      return unwrap(await api.GET('/api/v1/notes/{slug}/translations', options));
    case 'territory':
      return unwrap(await api.GET('/api/v1/territories/{slug}/translations', options));
    case 'resource':
      return unwrap(await api.GET('/api/v1/resources/{slug}/translations', options));
  }
}

async function write(
  api: ApiClient,
  kind: TranslatableKind,
  slug: string,
  lang: string,
  body: Schemas['TranslationInput'],
) {
  const options = { params: { path: { slug, lang } }, body };
  switch (kind) {
    case 'coalition':
      return unwrap(await api.PUT('/api/v1/coalitions/{slug}/translations/{lang}', options));
    case 'axis':
      return unwrap(await api.PUT('/api/v1/axes/{slug}/translations/{lang}', options));
    case 'event':
      return unwrap(await api.PUT('/api/v1/events/{slug}/translations/{lang}', options));
    case 'note':
      return unwrap(await api.PUT('/api/v1/notes/{slug}/translations/{lang}', options));
    case 'territory':
      return unwrap(await api.PUT('/api/v1/territories/{slug}/translations/{lang}', options));
    case 'resource':
      return unwrap(await api.PUT('/api/v1/resources/{slug}/translations/{lang}', options));
  }
}

export function useTranslations(kind: TranslatableKind, slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['translations', kind, slug],
    queryFn: ({ signal }) => read(api, kind, slug, signal),
  });
}

export function useSaveTranslation(kind: TranslatableKind, slug: string, lang: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (texts: Record<string, string>) => write(api, kind, slug, lang, { texts }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['translations', kind, slug], saved);
      // The record's pages and the needs list show the new texts.
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== 'translations' || query.queryKey[1] === 'needs',
      });
    },
  });
}
