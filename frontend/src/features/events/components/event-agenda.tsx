import { useTranslation } from 'react-i18next';
import { useContentLang } from '@/lib/content-lang';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { formatEventTime } from '@/lib/format';
import { CoalitionRefLabel } from '@/components/domain/coalition-ref';

/** The sessions of an event in agenda order, with their speakers and coalition. */
export function EventAgenda({ event }: { event: Schemas['Event'] }) {
  const { t, i18n } = useTranslation();
  const langOf = useContentLang();
  const sessions = event.agenda ?? [];
  if (sessions.length === 0) return <p className="state state--empty">{t('event.noAgenda')}</p>;
  const time = (value: string | undefined) => formatEventTime(value, i18n.language);
  return (
    <ol className="agenda">
      {sessions.map((session) => (
        <li key={session.id ?? session.title} className="agenda__session">
          <p className="agenda__time">
            {session.startsAt && (
              <time dateTime={session.startsAt}>
                {time(session.startsAt)}
                {session.endsAt && <> – {time(session.endsAt)}</>}
              </time>
            )}
          </p>
          <div>
            <h3>
              <span {...langOf(session.languages, 'title')}>{session.title}</span>{' '}
              {session.kind && <span className="badge">{t(`sessionKind.${session.kind}`)}</span>}
            </h3>
            {session.description && (
              <p {...langOf(session.languages, 'description')}>{session.description}</p>
            )}
            {session.coalition && (
              <p>
                {t('event.concerns')}
                <Link to={`/coalitions/${session.coalition.slug ?? ''}`}>
                  <CoalitionRefLabel coalition={session.coalition} />
                </Link>
              </p>
            )}
            {session.speakers && session.speakers.length > 0 && (
              <>
                <h4 className="small-heading">{t('event.speakers')}</h4>
                <ul>
                  {session.speakers.map((speaker) => (
                    <li key={speaker.slug}>
                      {speaker.fullName}
                      {speaker.roleTitle && <>, {speaker.roleTitle}</>}
                      {speaker.actor && (
                        <>
                          {' '}
                          (
                          <Link to={`/actors/${speaker.actor.slug ?? ''}`}>
                            {speaker.actor.name}
                          </Link>
                          )
                        </>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
