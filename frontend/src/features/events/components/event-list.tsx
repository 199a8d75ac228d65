import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { useContentLang } from '@/lib/content-lang';
import { formatEventDateTime } from '@/lib/format';
import { SampleBadge } from '@/components/ui/sample-badge';

export function EventList({
  events,
  headingLevel = 3,
}: {
  events: readonly Schemas['EventSummary'][];
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const langOf = useContentLang();
  return (
    <ul className="card-list">
      {events.map((event) => (
        <li key={event.slug}>
          <article className="card">
            <Heading className="card__title">
              <Link to={`/events/${event.slug ?? ''}`} {...langOf(event.languages, 'title')}>
                {event.title}
              </Link>
            </Heading>
            <p className="card__meta">
              {event.kind && <span className="badge">{t(`eventKind.${event.kind}`)}</span>}
              {event.format && <span>{t(`eventFormat.${event.format}`)}</span>}
              {typeof event.participantsCount === 'number' && (
                <span>{t('events.participants', { count: event.participantsCount })}</span>
              )}
              <SampleBadge sample={event.sample} />
            </p>
            <p>
              <time dateTime={event.startsAt}>
                {formatEventDateTime(event.startsAt, i18n.language)}
              </time>
              {event.location && <> · {event.location}</>}
            </p>
          </article>
        </li>
      ))}
    </ul>
  );
}
