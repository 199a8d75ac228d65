import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useFeatureTranslation } from '@/lib/i18n';
import { strings } from '@/features/exchanges/strings';

/** Exchanges as cards: title, territories taking part, coalitions, number of reports. */
export function ExchangeList({ exchanges }: { exchanges: readonly Schemas['ExchangeSummary'][] }) {
  const { t } = useFeatureTranslation('exchanges', strings);
  return (
    <ul className="card-list">
      {exchanges.map((exchange) => (
        <li key={exchange.slug}>
          <article className="card">
            <h3 className="card__title">
              <Link to={`/exchanges/${exchange.slug ?? ''}`}>{exchange.title}</Link>
            </h3>
            <p className="card__meta">
              {(exchange.territories ?? []).map((territory) => territory.name).join(' · ')}{' '}
              <span className="badge">
                {t('reportCount', { count: exchange.reportCount ?? 0 })}
              </span>{' '}
              <SampleBadge sample={exchange.sample} />
            </p>
            {exchange.description && <p>{exchange.description}</p>}
          </article>
        </li>
      ))}
    </ul>
  );
}
