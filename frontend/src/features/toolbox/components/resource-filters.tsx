import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { TFunction } from 'i18next';
import { ApiPicker, type PickerOption } from '@/components/forms/api-picker';
import { SelectInput, TextInput } from '@/components/forms/fields';
import { searchOptions } from '@/components/forms/search-options';
import { apiPage } from '@/components/ui/pagination';
import { unwrap, useApiClient, type ApiClient } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import {
  useReferenceLabel,
  type ReferenceType,
  type ResourceQuery,
} from '@/features/toolbox/api/toolbox';
import {
  availabilities,
  licences,
  resourceKinds,
} from '@/features/toolbox/components/toolbox-values';
import { strings } from '@/features/toolbox/strings';

/** How one filter of the catalogue is chosen. */
type FilterField =
  /** Words typed. */
  | { control: 'text' }
  /** One of a fixed list (the contract's enum), each value worded by `label` (default: itself). */
  | {
      control: 'select';
      values: readonly string[];
      label?: (t: TFunction, value: string) => string;
    }
  /** One of a list the API gives. */
  | { control: 'choices'; load: (api: ApiClient, signal: AbortSignal) => Promise<PickerOption[]> }
  /** A record found by searching the API (`/api/v1/search?type=`), kept by its slug. */
  | { control: 'picker'; type: ReferenceType };

/**
 * The catalogue's filters, in the order of the form: each one a query parameter of
 * listSharedResources (the keys are checked against the contract), kept in the page's address
 * under the same name and sent as is. Adding a filter the API takes is one entry here, e.g.
 * `licence: { control: 'select', values: licences }` or
 * `axis: { control: 'choices', load: axisChoices }` (their labels are in strings.ts).
 */
const resourceFilterFields = {
  q: { control: 'text' },
  kind: {
    control: 'select',
    values: resourceKinds,
    label: (t, value) => t(`resourceKind.${value as (typeof resourceKinds)[number]}`),
  },
  availability: {
    control: 'select',
    values: availabilities,
    label: (t, value) => t(`availability.${value as (typeof availabilities)[number]}`),
  },
  licence: { control: 'select', values: licences },
  axis: { control: 'choices', load: axisChoices },
  territory: { control: 'picker', type: 'territory' },
  coalition: { control: 'picker', type: 'coalition' },
} satisfies Partial<Record<keyof ResourceQuery, FilterField>>;

type FilterKey = keyof typeof resourceFilterFields;
const filterEntries = Object.entries(resourceFilterFields) as [FilterKey, FilterField][];

export type ResourceFilters = Pick<ResourceQuery, FilterKey | 'page'>;

/** The thematic axes, for an axis filter (the site search has no axes to pick from). */
export async function axisChoices(api: ApiClient, signal: AbortSignal): Promise<PickerOption[]> {
  const axes = unwrap(await api.GET('/api/v1/axes', { signal }));
  return axes
    .filter((axis) => axis.slug)
    .map((axis) => ({ value: axis.slug ?? '', label: axis.name ?? axis.slug ?? '' }));
}

/** The filters at a URL's query string (an unknown value of a list is left out). */
export function resourceFilters(params: URLSearchParams): ResourceFilters {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const [key, field] of filterEntries) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (field.control === 'select' && !field.values.includes(value)) continue;
    filters[key] = value;
  }
  // Values of a list were checked against the contract's enum just above.
  return { ...(filters as Pick<ResourceQuery, FilterKey>), page: apiPage(params) };
}

type Values = Partial<Record<FilterKey, string>>;

function valuesOf(params: URLSearchParams): Values {
  return Object.fromEntries(filterEntries.map(([key]) => [key, params.get(key) ?? '']));
}

/** A picker starting with the record of the address, named once its name is read. */
function FilterPicker({
  name,
  type,
  label,
}: {
  name: FilterKey;
  type: ReferenceType;
  label: string;
}) {
  const api = useApiClient();
  const [params] = useSearchParams();
  const { option } = useReferenceLabel(type, params.get(name) ?? undefined);
  return (
    <ApiPicker
      // Mounted again once the name of the record in the address is known.
      key={option?.label ?? ''}
      name={name}
      label={label}
      search={searchOptions(api, type)}
      initial={option ? [option] : []}
    />
  );
}

function FilterChoices({
  name,
  label,
  load,
}: {
  name: FilterKey;
  label: string;
  load: (api: ApiClient, signal: AbortSignal) => Promise<PickerOption[]>;
}) {
  const { t } = useFeatureTranslation('toolbox', strings);
  const api = useApiClient();
  const choices = useQuery({
    queryKey: ['toolbox', 'filter-choices', name],
    queryFn: ({ signal }) => load(api, signal),
    staleTime: 5 * 60_000,
  });
  return (
    <SelectInput
      // Mounted again once the choices are read, so that the address's value is selected.
      key={choices.data ? 'read' : 'reading'}
      name={name}
      label={label}
      emptyLabel={t('filters.any')}
      options={choices.data ?? []}
    />
  );
}

/**
 * The catalogue's filter form: its values are the address's; "Filtrer" writes them there (back
 * to the first page), which the list follows.
 */
export function ResourceFilterForm() {
  const { t } = useFeatureTranslation('toolbox', strings);
  const { t: tc } = useTranslation();
  const [params, setParams] = useSearchParams();
  const form = useForm<Values>({ defaultValues: valuesOf(params) });
  const search = params.toString();
  const { reset } = form;
  useEffect(() => {
    // Following the address (back, forward, a link): the form shows its filters.
    reset(valuesOf(new URLSearchParams(search)));
  }, [search, reset]);
  const onSubmit = form.handleSubmit((values) => {
    // The other parameters (the language) stay; a new choice starts at the first page.
    const next = new URLSearchParams(params);
    next.delete('page');
    for (const [key] of filterEntries) {
      const value = values[key]?.trim();
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next);
  });
  const filtered = filterEntries.some(([key]) => params.has(key));
  return (
    <FormProvider {...form}>
      <form
        className="filters"
        role="search"
        aria-label={t('filters.label')}
        noValidate
        onSubmit={(event) => void onSubmit(event)}
      >
        {filterEntries.map(([key, field]) => {
          const label = t(`filters.${key}`);
          switch (field.control) {
            case 'text':
              return <TextInput key={key} name={key} label={label} type="search" />;
            case 'select':
              return (
                <SelectInput
                  key={key}
                  name={key}
                  label={label}
                  emptyLabel={t('filters.any')}
                  options={field.values.map((value) => ({
                    value,
                    label: field.label ? field.label(tc, value) : value,
                  }))}
                />
              );
            case 'choices':
              return <FilterChoices key={key} name={key} label={label} load={field.load} />;
            case 'picker':
              return <FilterPicker key={key} name={key} type={field.type} label={label} />;
          }
        })}
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('filters.apply')}
          </button>
          {filtered && (
            <Link className="button button--ghost" to="/resources">
              {t('filters.reset')}
            </Link>
          )}
        </div>
      </form>
    </FormProvider>
  );
}
