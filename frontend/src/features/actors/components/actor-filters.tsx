import { useId, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { actorKinds } from '@/features/actors/components/actor-kinds';

export function ActorFilters() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const id = useId();
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['q', 'kind']) {
      const value = form.get(key);
      if (typeof value === 'string' && value.trim() !== '') next.set(key, value.trim());
    }
    setParams(next);
  };
  return (
    <form
      key={params.toString()}
      className="filters"
      role="search"
      aria-label={t('actors.filters')}
      onSubmit={onSubmit}
    >
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('coalitions.q')}</label>
        <input id={`${id}-q`} name="q" type="search" defaultValue={params.get('q') ?? ''} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('actors.kind')}</label>
        <select id={`${id}-kind`} name="kind" defaultValue={params.get('kind') ?? ''}>
          <option value="">{t('coalitions.any')}</option>
          {actorKinds.map((kind) => (
            <option key={kind} value={kind}>
              {t(`actorKind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('coalitions.apply')}
        </button>
      </div>
    </form>
  );
}
