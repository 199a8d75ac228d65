import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useFeatureTranslation } from '@/lib/i18n';
import type { Schemas } from '@/lib/api-client';
import { useExchange } from '@/features/exchanges/api/exchanges';
import { ExperienceReport } from '@/features/exchanges/components/experience-report';
import { strings } from '@/features/exchanges/strings';

function Exchange({ exchange }: { exchange: Schemas['Exchange'] }) {
  const { t } = useFeatureTranslation('exchanges', strings);
  useDocumentTitle(exchange.title);
  const reports = exchange.reports ?? [];
  const territories = exchange.territories ?? [];
  return (
    <>
      <h1>
        {exchange.title} <SampleBadge sample={exchange.sample} />
      </h1>
      {exchange.description && <p className="lead">{exchange.description}</p>}
      <h2>{t('territories')}</h2>
      <ul className="inline-list">
        {territories.map((territory) => (
          <li key={territory.slug}>
            <Link to={`/territories/${territory.slug ?? ''}`}>{territory.name}</Link>
          </li>
        ))}
      </ul>
      {(exchange.coalitions ?? []).length > 0 && (
        <>
          <h2>{t('coalitions')}</h2>
          <ul className="inline-list">
            {(exchange.coalitions ?? []).map((coalition) => (
              <li key={coalition.slug}>
                <Link to={`/coalitions/${coalition.slug ?? ''}`}>
                  #{coalition.number} {coalition.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('reports')}</h2>
      {reports.length === 0 && <p className="state state--empty">{t('noReports')}</p>}
      {territories.map((territory) => {
        const own = reports.filter((report) => report.territory?.slug === territory.slug);
        if (own.length === 0) return null;
        return (
          <section key={territory.slug} aria-labelledby={`reports-${territory.slug ?? ''}`}>
            <h3 id={`reports-${territory.slug ?? ''}`}>{territory.name}</h3>
            {own.map((report) => (
              <ExperienceReport key={report.id} report={report} headingLevel={4} />
            ))}
          </section>
        );
      })}
    </>
  );
}

/** /exchanges/:slug: an exchange, the territories taking part and their reports side by side. */
export default function ExchangeRoute() {
  const { slug = '' } = useParams();
  const exchange = useExchange(slug);
  return (
    <QueryState query={exchange} notFoundPage>
      {(data) => <Exchange exchange={data} />}
    </QueryState>
  );
}
