import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiPage } from '@/components/ui/pagination';
import { unwrap, useApiClient } from '@/lib/api-client';

export interface PeopleFilters {
  /** Words of the full name. */
  q?: string;
  /** The slug of the actor the people act for. */
  actor?: string;
  /** From 0, like the API. */
  page: number;
}

const PAGE_SIZE = 30;

/** The filters of the people directory at a URL's query string (`?q=&actor=&page=`). */
export function peopleFilters(params: URLSearchParams): PeopleFilters {
  const text = (name: string) => {
    const value = params.get(name)?.trim();
    return value === '' ? undefined : value;
  };
  return { q: text('q'), actor: text('actor'), page: apiPage(params) };
}

/** A page of people, by name, filtered (`GET /api/v1/people`). */
export function usePeople({ q, actor, page }: PeopleFilters) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['people', 'list', { q, actor, page }],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/people', {
          params: { query: { q, actor, page, size: PAGE_SIZE, sort: 'fullName' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** One person with the actor they act for. */
export function usePerson(slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['people', slug],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/people/{slug}', { params: { path: { slug } }, signal })),
  });
}

/** The testimonies a person gave (`GET /api/v1/testimonies?person=`), newest first. */
export function usePersonTestimonies(slug: string) {
  const api = useApiClient();
  return useQuery({
    queryKey: ['people', slug, 'testimonies'],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/testimonies', {
          params: { query: { person: slug, size: 50 } },
          signal,
        }),
      ),
  });
}

/**
 * The name of an actor named by its slug in an address (`?actor=`), to label the choice a
 * picker starts with. Not asked without a slug; the slug stands for the name when it fails.
 */
export function useActorName(slug: string | undefined) {
  const api = useApiClient();
  const query = useQuery({
    queryKey: ['people', 'actor-name', slug],
    queryFn: async ({ signal }) =>
      unwrap(
        await api.GET('/api/v1/actors/{slug}', { params: { path: { slug: slug ?? '' } }, signal }),
      ).name,
    enabled: slug !== undefined,
    retry: false,
    staleTime: 5 * 60_000,
  });
  return { name: query.data ?? slug, isLoading: query.isLoading };
}
