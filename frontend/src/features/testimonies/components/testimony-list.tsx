import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useContentLang } from '@/lib/content-lang';
import { EventRefTitle } from '@/components/domain/coalition-ref';

/**
 * Testimonies as quotes: what was said, by whom (a link to the person's page), their role, the
 * actor they spoke for, the event, the interview, and for those who may an edit link.
 */
export function TestimonyList({
  testimonies,
  editLabel,
}: {
  testimonies: readonly Schemas['Testimony'][];
  /** The label of a link to each testimony's edit screen, for those who may change them. */
  editLabel?: string;
}) {
  const { t } = useTranslation();
  const langOf = useContentLang();
  return (
    <ul className="card-list">
      {testimonies.map((testimony) => (
        <li key={testimony.id}>
          <figure className="card testimony">
            <blockquote>
              <p {...langOf(testimony.languages, 'summary')}>{testimony.summary}</p>
            </blockquote>
            <figcaption>
              <strong>
                {testimony.person?.slug ? (
                  <Link to={`/people/${testimony.person.slug}`}>{testimony.person.fullName}</Link>
                ) : (
                  testimony.person?.fullName
                )}
              </strong>
              {testimony.person?.roleTitle && (
                <>
                  ,{' '}
                  <span {...langOf(testimony.languages, 'original')}>
                    {testimony.person.roleTitle}
                  </span>
                </>
              )}
              {testimony.actor && (
                <>
                  {' — '}
                  <Link to={`/actors/${testimony.actor.slug ?? ''}`}>{testimony.actor.name}</Link>
                </>
              )}
              {testimony.event && (
                <>
                  {' '}
                  {t('testimony.atPrefix')}
                  <EventRefTitle event={testimony.event} />
                </>
              )}
              <SampleBadge sample={testimony.sample} />
              {testimony.link && (
                <>
                  {' · '}
                  <a href={testimony.link}>{t('testimony.link')}</a>
                </>
              )}
              {editLabel && testimony.id !== undefined && (
                <>
                  {' · '}
                  <Link to={`/testimonies/${String(testimony.id)}/edit`}>{editLabel}</Link>
                </>
              )}
            </figcaption>
          </figure>
        </li>
      ))}
    </ul>
  );
}
