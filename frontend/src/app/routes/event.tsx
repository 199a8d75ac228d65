import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { Roles, useAuth } from '@/lib/auth';
import { useContentLang } from '@/lib/content-lang';
import { formatEventDateTime } from '@/lib/format';
import { useEvent } from '@/features/events/api/events';
import { EventAgenda } from '@/features/events/components/event-agenda';
import { useNotes } from '@/features/notes/api/notes';
import { NoteList } from '@/features/notes/components/note-list';
import { FollowButton } from '@/features/people/components/follow-button';
import { CoalitionRefLabel } from '@/components/domain/coalition-ref';
import { HistoryPanel } from '@/features/history/components/history-panel';
import { TestimonySection } from '@/features/testimonies/components/testimony-section';

function EventNotes({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const notes = useNotes({ event: slug });
  return (
    <section aria-labelledby="event-notes">
      <h2 id="event-notes">{t('event.notes')}</h2>
      <QueryState query={notes} empty={t('event.noNotes')}>
        {(page) => <NoteList notes={page.items ?? []} />}
      </QueryState>
    </section>
  );
}

export default function EventRoute() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const event = useEvent(slug);
  const langOf = useContentLang();
  const auth = useAuth();
  const canEdit = auth.hasRole(Roles.editor) || auth.hasRole(Roles.admin);
  useDocumentTitle(event.data?.title);
  return (
    <QueryState query={event} notFoundPage>
      {(event) => (
        <article>
          <header className="page-header">
            <p className="eyebrow">
              {event.kind && t(`eventKind.${event.kind}`)} <SampleBadge sample={event.sample} />
            </p>
            <h1 {...langOf(event.languages, 'title')}>{event.title}</h1>
            <FollowButton type="event" slug={event.slug} name={event.title} />
            {canEdit && (
              <p className="page-actions">
                <Link className="button" to={`/events/${slug}/edit`}>
                  {t('eventForm.editLink')}
                </Link>
              </p>
            )}
            <p className="card__meta">
              <time dateTime={event.startsAt}>
                {formatEventDateTime(event.startsAt, i18n.language)}
              </time>
              {event.format && <span>{t(`eventFormat.${event.format}`)}</span>}
              {event.location && <span>{event.location}</span>}
              {typeof event.participantsCount === 'number' && (
                <span>
                  {t(
                    event.participantsApproximate
                      ? 'events.participantsAbout'
                      : 'events.participants',
                    {
                      count: event.participantsCount,
                    },
                  )}
                </span>
              )}
            </p>
            {event.description && (
              <p className="lead" {...langOf(event.languages, 'description')}>
                {event.description}
              </p>
            )}
            <dl className="facts">
              {event.organisers && event.organisers.length > 0 && (
                <div>
                  <dt>{t('event.organisers')}</dt>
                  <dd>
                    {event.organisers.map((actor, index) => (
                      <span key={actor.slug}>
                        {index > 0 && ', '}
                        <Link to={`/actors/${actor.slug ?? ''}`}>{actor.name}</Link>
                      </span>
                    ))}
                    {event.organisedWithPartners && <> {t('event.withPartners')}</>}
                  </dd>
                </div>
              )}
              {event.coalitions && event.coalitions.length > 0 && (
                <div>
                  <dt>{t('event.coalitions')}</dt>
                  <dd>
                    {event.coalitions.map((coalition, index) => (
                      <span key={coalition.slug}>
                        {index > 0 && ', '}
                        <Link to={`/coalitions/${coalition.slug ?? ''}`}>
                          <CoalitionRefLabel coalition={coalition} />
                        </Link>
                      </span>
                    ))}
                  </dd>
                </div>
              )}
              {event.territories && event.territories.length > 0 && (
                <div>
                  <dt>{t('event.territories')}</dt>
                  <dd>
                    {event.territories.map((territory, index) => (
                      <span key={territory.slug}>
                        {index > 0 && ', '}
                        <Link to={`/territories/${territory.slug ?? ''}`}>{territory.name}</Link>
                      </span>
                    ))}
                  </dd>
                </div>
              )}
            </dl>
          </header>
          <section aria-labelledby="agenda-title">
            <h2 id="agenda-title">{t('event.agenda')}</h2>
            <EventAgenda event={event} />
          </section>
          <TestimonySection event={slug} />
          <EventNotes slug={slug} />
          <HistoryPanel path="/api/v1/events/{slug}/history" slug={slug} />
        </article>
      )}
    </QueryState>
  );
}
