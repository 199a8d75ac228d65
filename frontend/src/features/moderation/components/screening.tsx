import type { Schemas } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';
import { strings } from '@/features/moderation/strings';

/** Why the anti-spam rules let an item through or held it, and what readers reported. */
export function Screening({
  decisions,
  reports,
  headingId,
}: {
  decisions: readonly Schemas['SpamDecision'][];
  reports: readonly Schemas['Report'][];
  headingId: string;
}) {
  const { t, i18n } = useFeatureTranslation('moderation', strings);
  return (
    <div className="screening">
      {decisions.length > 0 && (
        <section aria-labelledby={`${headingId}-spam`}>
          <h4 id={`${headingId}-spam`}>{t('spamDecisions')}</h4>
          <ul className="screening__list">
            {decisions.map((decision, index) => (
              <li
                key={`${decision.rule ?? ''}-${index}`}
                className={`verdict verdict--${(decision.verdict ?? 'PASS').toLowerCase()}`}
              >
                <strong>{decision.rule}</strong> : {t(`verdict.${decision.verdict ?? 'PASS'}`)}
                {decision.score !== undefined && decision.score > 0
                  ? ` (${t('score', { score: decision.score })})`
                  : ''}{' '}
                — {decision.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {reports.length > 0 && (
        <section aria-labelledby={`${headingId}-reports`}>
          <h4 id={`${headingId}-reports`}>{t('reports', { count: reports.length })}</h4>
          <ul className="screening__list">
            {reports.map((report, index) => (
              <li key={`${report.createdAt ?? ''}-${index}`}>
                <strong>{t(`reportReason.${report.reason ?? 'SPAM'}`)}</strong>{' '}
                <span className="muted">{formatDateTime(report.createdAt, i18n.language)}</span>
                {report.detail && <> — {report.detail}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
