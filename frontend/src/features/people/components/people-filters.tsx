import { FormProvider, useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router';
import { ApiPicker } from '@/components/forms/api-picker';
import { TextInput } from '@/components/forms/fields';
import { searchOptions } from '@/components/forms/search-options';
import { useApiClient } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useActorName } from '@/features/people/api/people-directory';
import { strings } from '@/features/people/person-strings';

interface FilterValues {
  q: string;
  actor?: string;
}

function FiltersForm({ actorName }: { actorName: string | undefined }) {
  const { t } = useFeatureTranslation('person', strings);
  const api = useApiClient();
  const [params, setParams] = useSearchParams();
  const actor = params.get('actor') ?? undefined;
  const form = useForm<FilterValues>({ defaultValues: { q: params.get('q') ?? '', actor } });
  const onSubmit = form.handleSubmit(({ q, actor: chosen }) => {
    // A new search starts at its first page, in the same language.
    const next = new URLSearchParams();
    if (q.trim() !== '') next.set('q', q.trim());
    if (chosen) next.set('actor', chosen);
    const lang = params.get('lang');
    if (lang) next.set('lang', lang);
    setParams(next);
  });
  return (
    <FormProvider {...form}>
      <form
        className="filters"
        role="search"
        aria-label={t('list.filters')}
        noValidate
        onSubmit={(event) => void onSubmit(event)}
      >
        <TextInput name="q" type="search" label={t('list.q')} />
        <ApiPicker
          name="actor"
          label={t('list.actor')}
          search={searchOptions(api, 'actor')}
          initial={actor ? [{ value: actor, label: actorName ?? actor }] : []}
        />
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('list.apply')}
          </button>
          {(params.has('q') || params.has('actor')) && <Link to="/people">{t('list.reset')}</Link>}
        </div>
      </form>
    </FormProvider>
  );
}

/**
 * The filters of the people directory, kept in the address: words of the name (`?q=`) and the
 * actor they act for (`?actor=`, chosen by searching; its name read to label the choice).
 */
export function PeopleFilters() {
  const [params] = useSearchParams();
  const actor = useActorName(params.get('actor') ?? undefined);
  // A new address (or the actor's name, once read) starts the form afresh from it.
  return <FiltersForm key={`${params.toString()}|${actor.name ?? ''}`} actorName={actor.name} />;
}
