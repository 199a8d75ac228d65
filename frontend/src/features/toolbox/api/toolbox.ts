import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { operations } from '@/api/schema';
import { unwrap, useApiClient, type ApiClient } from '@/lib/api-client';

/** The query parameters of `GET /api/v1/resources` (listSharedResources), as the contract has them. */
export type ResourceQuery = NonNullable<operations['listSharedResources']['parameters']['query']>;
/** The query parameters of `GET /api/v1/initiatives` (listLocalInitiatives). */
export type InitiativeQuery = NonNullable<
  operations['listLocalInitiatives']['parameters']['query']
>;

export const CATALOGUE_PAGE_SIZE = 20;

/** A page of shared resources, by title. */
export function resourcesQuery(api: ApiClient, query: ResourceQuery) {
  return queryOptions({
    queryKey: ['toolbox', 'resources', query],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/resources', {
          params: { query: { size: CATALOGUE_PAGE_SIZE, sort: 'title', ...query } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useResources(query: ResourceQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...resourcesQuery(useApiClient(), query), ...options });
}

/** A page of local initiatives, by title. */
export function initiativesQuery(api: ApiClient, query: InitiativeQuery) {
  return queryOptions({
    queryKey: ['toolbox', 'initiatives', query],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/initiatives', {
          params: { query: { size: CATALOGUE_PAGE_SIZE, sort: 'title', ...query } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useInitiatives(query: InitiativeQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...initiativesQuery(useApiClient(), query), ...options });
}

/** The kinds of records a picker of the toolbox chooses by slug. */
export type ReferenceType = 'territory' | 'coalition' | 'actor';

/** How a record chosen by slug is named in a picker (a coalition with its number). */
async function referenceLabel(
  api: ApiClient,
  type: ReferenceType,
  slug: string,
  signal: AbortSignal,
): Promise<string> {
  const params = { params: { path: { slug } }, signal };
  switch (type) {
    case 'territory':
      return unwrap(await api.GET('/api/v1/territories/{slug}', params)).name ?? slug;
    case 'actor':
      return unwrap(await api.GET('/api/v1/actors/{slug}', params)).name ?? slug;
    case 'coalition': {
      const coalition = unwrap(await api.GET('/api/v1/coalitions/{slug}', params));
      return `#${String(coalition.number ?? '')} ${coalition.title ?? slug}`;
    }
  }
}

/**
 * The name of a record a page starts with by its slug (a filter of the address, a form prefilled
 * from a territory or a coalition page), for its picker. Nothing is asked without a slug; the
 * label is undefined while it loads, and the slug itself when it cannot be read.
 */
export function useReferenceLabel(type: ReferenceType, slug: string | undefined) {
  const api = useApiClient();
  const query = useQuery({
    queryKey: ['toolbox', 'label', type, slug],
    queryFn: ({ signal }) => referenceLabel(api, type, slug ?? '', signal),
    enabled: slug !== undefined && slug !== '',
    staleTime: 5 * 60_000,
    retry: false,
  });
  if (!slug) return { settled: true, option: undefined };
  if (query.isPending) return { settled: false, option: undefined };
  return { settled: true, option: { value: slug, label: query.data ?? slug } };
}
