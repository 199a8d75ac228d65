import { useId, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { GRAPH_FILTER_KEYS } from '@/features/graph/api/graph';
import { strings } from '@/features/graph/strings';
import { useFeatureTranslation } from '@/lib/i18n';

/** The graph's filters, as a form whose state is the URL's query string (shareable views). */
export function GraphFilters({
  axes,
  territories,
  stages,
}: {
  axes: readonly Schemas['Axis'][];
  territories: readonly Schemas['TerritorySummary'][];
  stages: readonly Schemas['Stage'][];
}) {
  const { t } = useFeatureTranslation('graph', strings);
  const common = useTranslation();
  const [params, setParams] = useSearchParams();
  const id = useId();

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of GRAPH_FILTER_KEYS) {
      const value = form.get(key);
      if (typeof value === 'string' && value !== '') next.set(key, value);
    }
    setParams(next);
  };

  return (
    <form
      key={`${params.toString()}|${String(axes.length)}|${String(territories.length)}`}
      className="filters"
      aria-label={t('filters')}
      onSubmit={onSubmit}
    >
      <div className="field">
        <label htmlFor={`${id}-axis`}>{t('axis')}</label>
        <select id={`${id}-axis`} name="axis" defaultValue={params.get('axis') ?? ''}>
          <option value="">{t('any')}</option>
          {axes.map((axis) => (
            <option key={axis.slug} value={axis.slug}>
              {axis.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-territory`}>{t('territory')}</label>
        <select
          id={`${id}-territory`}
          name="territory"
          defaultValue={params.get('territory') ?? ''}
        >
          <option value="">{t('any')}</option>
          {territories.map((territory) => (
            <option key={territory.slug} value={territory.slug}>
              {territory.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-stage`}>{t('stage')}</label>
        <select id={`${id}-stage`} name="stage" defaultValue={params.get('stage') ?? ''}>
          <option value="">{t('any')}</option>
          {stages.map((stage) => (
            <option key={stage} value={stage.toLowerCase()}>
              {common.t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('apply')}
        </button>
        <Link to="/graph">{t('reset')}</Link>
      </div>
    </form>
  );
}
