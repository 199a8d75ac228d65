import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { useContentLang } from '@/lib/content-lang';
import { SampleBadge } from '@/components/ui/sample-badge';
import { CoalitionHealth } from '@/components/domain/coalition-health';

/** A coalition in a list: number, title, stage, summary, axes (and its health, on the panorama). */
export function CoalitionCard({
  coalition,
  headingLevel = 3,
  health,
}: {
  coalition: Schemas['CoalitionSummary'];
  headingLevel?: 2 | 3 | 4;
  health?: Schemas['CoalitionHealth'];
}) {
  const { t } = useTranslation();
  const langOf = useContentLang();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card coalition-card">
      <Heading className="card__title">
        <Link to={`/coalitions/${coalition.slug ?? ''}`}>
          {coalition.number !== undefined && (
            <>
              <span className="coalition-number">{`#${coalition.number}`}</span>{' '}
            </>
          )}
          <span {...langOf(coalition.languages, 'title')}>{coalition.title}</span>
        </Link>
      </Heading>
      <p className="card__meta">
        {coalition.stage && <span className="badge">{t(`stage.${coalition.stage}`)}</span>}
        {coalition.memberCount !== undefined && (
          <span>{t('common.members', { count: coalition.memberCount })}</span>
        )}
        <SampleBadge sample={coalition.sample} />
      </p>
      {coalition.summary && <p {...langOf(coalition.languages, 'summary')}>{coalition.summary}</p>}
      {coalition.axes && coalition.axes.length > 0 && (
        <ul className="tags" aria-label={t('coalition.axes')}>
          {coalition.axes.map((axis) => (
            <li key={axis.slug}>
              <Link
                className="tag tag--axis"
                to={`/axes/${axis.slug ?? ''}`}
                style={{ borderColor: axis.colour }}
              >
                <span {...langOf(axis.languages, 'name')}>{axis.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {health && <CoalitionHealth health={health} compact />}
    </article>
  );
}
