import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { SampleBadge } from '@/components/ui/sample-badge';
import { formatDate } from '@/lib/format';
import { safeUrl } from '@/lib/safe-url';
import { useFeatureTranslation } from '@/lib/i18n';
import { strings } from '@/features/exchanges/strings';

/** One experience report: what a territory did, on which coalition, when, with a link to more. */
export function ExperienceReport({
  report,
  headingLevel = 3,
  showExchange = false,
}: {
  report: Schemas['ExperienceReport'];
  headingLevel?: 3 | 4;
  showExchange?: boolean;
}) {
  const { t, i18n } = useFeatureTranslation('exchanges', strings);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const more = safeUrl(report.url ?? '', ['http:', 'https:']);
  return (
    <article className="card" id={`report-${String(report.id ?? '')}`}>
      <Heading className="card__title">{report.title}</Heading>
      <p className="card__meta">
        <Link to={`/territories/${report.territory?.slug ?? ''}`}>{report.territory?.name}</Link>
        {report.coalition && (
          <>
            {' '}
            {t('about')}{' '}
            <Link to={`/coalitions/${report.coalition.slug ?? ''}`}>
              #{report.coalition.number} {report.coalition.title}
            </Link>
          </>
        )}
        {report.reportedOn && (
          <> {t('reportedOn', { date: formatDate(report.reportedOn, i18n.language) })}</>
        )}
        {showExchange && report.exchange && (
          <>
            {' '}
            <Link to={`/exchanges/${report.exchange.slug ?? ''}`}>
              {t('inExchange', { exchange: report.exchange.title ?? '' })}
            </Link>
          </>
        )}{' '}
        <SampleBadge sample={report.sample} />
      </p>
      <p className="prose">{report.body}</p>
      {more && (
        <p>
          <a href={more} rel="noopener noreferrer">
            {t('more')}
          </a>
        </p>
      )}
    </article>
  );
}
