import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { Roles, useAuth } from '@/lib/auth';
import { useContentLang } from '@/lib/content-lang';
import { useFeatureTranslation } from '@/lib/i18n';
import { HistoryPanel } from '@/features/history/components/history-panel';
import { usePerson } from '@/features/people/api/people-directory';
import { canEditPerson } from '@/features/people/components/person-rights';
import { PersonTestimonies } from '@/features/people/components/person-testimonies';
import { strings } from '@/features/people/person-strings';
import { strings as testimonyStrings } from '@/features/testimonies/strings';

/** Those who record testimonies (the roles `POST /api/v1/testimonies` admits). */
const recorders = [Roles.admin, Roles.editor, Roles.coordinator];

/** `/testimonies/new` starting with the person and the actor they act for. */
function newTestimonyPath(person: string, actor: string | undefined): string {
  const query = new URLSearchParams({ person });
  if (actor) query.set('actor', actor);
  return `/testimonies/new?${query.toString()}`;
}

/**
 * /people/:slug: a person, the actor they act for (their affiliation), a few words about them, the
 * testimonies they gave, the record's history for those who may edit it, the edit link for
 * administrators, editors, coordinators and the accounts of their actor, and for administrators,
 * editors and coordinators a link to add a testimony of this person.
 */
export default function PersonRoute() {
  const { slug = '' } = useParams();
  const { t } = useFeatureTranslation('person', strings);
  const { t: tt } = useFeatureTranslation('testimonies', testimonyStrings);
  const langOf = useContentLang();
  const auth = useAuth();
  const person = usePerson(slug);
  useDocumentTitle(person.data?.fullName);
  const mayEdit = canEditPerson(auth, person.data) === true;
  const recordsTestimonies = recorders.some((role) => auth.hasRole(role));
  return (
    <QueryState query={person} notFoundPage>
      {(person) => (
        <article>
          <header className="page-header">
            <p className="eyebrow">
              {t('view.eyebrow')} <SampleBadge sample={person.sample} />
            </p>
            <h1>{person.fullName}</h1>
            {person.roleTitle && (
              <p className="lead" {...langOf(person.languages, 'roleTitle')}>
                {person.roleTitle}
              </p>
            )}
            {mayEdit && (
              <p className="actions">
                <Link className="button" to={`/people/${slug}/edit`}>
                  {t('editLink')}
                </Link>
              </p>
            )}
            <dl className="facts">
              <div>
                <dt>{t('view.actor')}</dt>
                <dd>
                  {person.actor ? (
                    <Link to={`/actors/${person.actor.slug ?? ''}`}>{person.actor.name}</Link>
                  ) : (
                    t('view.noActor')
                  )}
                </dd>
              </div>
            </dl>
          </header>
          {person.bio && (
            <section aria-labelledby="person-bio-title">
              <h2 id="person-bio-title">{t('view.bio')}</h2>
              <div {...langOf(person.languages, 'bio')}>
                {person.bio.split(/\n\s*\n/).map((paragraph, index) => (
                  // Paragraphs of a plain text: their order is their identity.
                  <p key={index}>{paragraph}</p>
                ))}
              </div>
            </section>
          )}
          <PersonTestimonies
            slug={slug}
            action={
              recordsTestimonies && (
                <p className="page-actions">
                  <Link
                    className="button button--secondary"
                    to={newTestimonyPath(slug, person.actor?.slug)}
                  >
                    {tt('addLink')}
                  </Link>
                </p>
              )
            }
          />
          <HistoryPanel path="/api/v1/people/{slug}/history" slug={slug} />
        </article>
      )}
    </QueryState>
  );
}
