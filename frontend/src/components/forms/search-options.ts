import { unwrap, type ApiClient, type Schemas } from '@/lib/api-client';
import type { PickerOption } from '@/components/forms/api-picker';

type SearchType = NonNullable<Schemas['SearchHit']['type']>;

/**
 * A picker's search through `GET /api/v1/search` restricted to one type (every type the pickers
 * choose from is searchable, typos included): the hits as slug and title.
 */
export function searchOptions(api: ApiClient, type: SearchType) {
  return async (q: string, signal: AbortSignal): Promise<PickerOption[]> => {
    if (q.trim().length < 2) return [];
    const found = unwrap(
      await api.GET('/api/v1/search', { params: { query: { q, type, size: 10 } }, signal }),
    );
    return (found.items ?? [])
      .filter((hit) => hit.slug)
      .map((hit) => ({ value: hit.slug ?? '', label: hit.title ?? hit.slug ?? '' }));
  };
}
