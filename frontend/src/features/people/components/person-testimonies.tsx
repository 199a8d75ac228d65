import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CoalitionRefLabel, EventRefTitle } from '@/components/domain/coalition-ref';
import { QueryState } from '@/components/ui/query-state';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useContentLang } from '@/lib/content-lang';
import { useFeatureTranslation } from '@/lib/i18n';
import { usePersonTestimonies } from '@/features/people/api/people-directory';
import { strings } from '@/features/people/person-strings';

/**
 * The testimonies a person gave: what they said, and for which actor, about which coalition, at
 * which event (each a link to its page), with the link to the interview; `action` (a link to add
 * one, for those who may) under the heading.
 */
export function PersonTestimonies({ slug, action }: { slug: string; action?: ReactNode }) {
  const { t } = useFeatureTranslation('person', strings);
  const langOf = useContentLang();
  const testimonies = usePersonTestimonies(slug);
  return (
    <section aria-labelledby="person-testimonies-title">
      <h2 id="person-testimonies-title">{t('view.testimonies')}</h2>
      {action}
      <QueryState query={testimonies} empty={t('view.noTestimonies')}>
        {(page) => (
          <ul className="card-list">
            {(page.items ?? []).map((testimony) => (
              <li key={testimony.id}>
                <figure className="card testimony">
                  <blockquote>
                    <p {...langOf(testimony.languages, 'summary')}>{testimony.summary}</p>
                  </blockquote>
                  <figcaption>
                    <dl className="facts">
                      {testimony.actor && (
                        <div>
                          <dt>{t('view.spokeFor')}</dt>
                          <dd>
                            <Link to={`/actors/${testimony.actor.slug ?? ''}`}>
                              {testimony.actor.name}
                            </Link>
                          </dd>
                        </div>
                      )}
                      {testimony.coalition && (
                        <div>
                          <dt>{t('view.coalition')}</dt>
                          <dd>
                            <Link to={`/coalitions/${testimony.coalition.slug ?? ''}`}>
                              <CoalitionRefLabel coalition={testimony.coalition} />
                            </Link>
                          </dd>
                        </div>
                      )}
                      {testimony.event && (
                        <div>
                          <dt>{t('view.event')}</dt>
                          <dd>
                            <Link to={`/events/${testimony.event.slug ?? ''}`}>
                              <EventRefTitle event={testimony.event} />
                            </Link>
                          </dd>
                        </div>
                      )}
                    </dl>
                    <SampleBadge sample={testimony.sample} />
                    {testimony.link && <a href={testimony.link}>{t('view.interview')}</a>}
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
