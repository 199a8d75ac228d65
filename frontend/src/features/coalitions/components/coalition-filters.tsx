import { useId, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { stages } from '@/features/coalitions/components/stages';

export const FILTER_KEYS = ['axis', 'territory', 'stage', 'keyword', 'q'] as const;

/**
 * Filters of the coalition list. The URL's query string is the only state: the form shows it
 * and submitting writes it back (and returns to the first page), so every view is shareable.
 */
export function CoalitionFilters({
  axes,
  territories,
}: {
  axes: readonly Schemas['Axis'][];
  territories: readonly Schemas['TerritorySummary'][];
}) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const id = useId();

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = form.get(key);
      if (typeof value === 'string' && value.trim() !== '') next.set(key, value.trim());
    }
    setParams(next);
  };

  // The key remounts the form when the URL changes (back button, a keyword link) or when the
  // choices arrive, so that the uncontrolled fields show what the URL says.
  return (
    <form
      key={`${params.toString()}|${axes.length}|${territories.length}`}
      className="filters"
      role="search"
      aria-label={t('coalitions.filters')}
      onSubmit={onSubmit}
    >
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('coalitions.q')}</label>
        <input id={`${id}-q`} name="q" type="search" defaultValue={params.get('q') ?? ''} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-axis`}>{t('coalitions.axis')}</label>
        <select id={`${id}-axis`} name="axis" defaultValue={params.get('axis') ?? ''}>
          <option value="">{t('coalitions.any')}</option>
          {axes.map((axis) => (
            <option key={axis.slug} value={axis.slug}>
              {axis.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-territory`}>{t('coalitions.territory')}</label>
        <select
          id={`${id}-territory`}
          name="territory"
          defaultValue={params.get('territory') ?? ''}
        >
          <option value="">{t('coalitions.any')}</option>
          {territories.map((territory) => (
            <option key={territory.slug} value={territory.slug}>
              {territory.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-stage`}>{t('coalitions.stage')}</label>
        <select id={`${id}-stage`} name="stage" defaultValue={params.get('stage') ?? ''}>
          <option value="">{t('coalitions.any')}</option>
          {stages.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-keyword`}>{t('coalitions.keyword')}</label>
        <input id={`${id}-keyword`} name="keyword" defaultValue={params.get('keyword') ?? ''} />
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('coalitions.apply')}
        </button>
        <Link to="/coalitions">{t('coalitions.reset')}</Link>
      </div>
    </form>
  );
}
