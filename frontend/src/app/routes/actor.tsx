import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useActor, useActorMemberships } from '@/features/actors/api/actors';
import { CoalitionRefLabel } from '@/components/domain/coalition-ref';
import { useContentLang } from '@/lib/content-lang';
import { HistoryPanel } from '@/features/history/components/history-panel';
import { canManageActors } from '@/features/actors/components/actor-rights';
import { strings } from '@/features/actors/strings';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { TestimonySection } from '@/features/testimonies/components/testimony-section';
import { canCreatePeople } from '@/features/people/components/person-rights';
import { strings as personStrings } from '@/features/people/person-strings';

function Memberships({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const memberships = useActorMemberships(slug);
  return (
    <section aria-labelledby="memberships-title">
      <h2 id="memberships-title">{t('actor.memberships')}</h2>
      <QueryState query={memberships} empty={t('actor.noMemberships')}>
        {(page) => (
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('nav.coalitions')}</th>
                  <th scope="col">{t('members.role')}</th>
                  <th scope="col">{t('members.commitment')}</th>
                  <th scope="col">{t('members.status')}</th>
                </tr>
              </thead>
              <tbody>
                {(page.items ?? []).map((membership) => (
                  <tr key={membership.coalition?.slug}>
                    <th scope="row">
                      <Link to={`/coalitions/${membership.coalition?.slug ?? ''}`}>
                        <CoalitionRefLabel coalition={membership.coalition} />
                      </Link>
                    </th>
                    <td>{membership.role && t(`role.${membership.role}`)}</td>
                    <td>{membership.commitment}</td>
                    <td>{membership.status && t(`membershipStatus.${membership.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </section>
  );
}

export default function ActorRoute() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const langOf = useContentLang();
  const { t: ta } = useFeatureTranslation('actors', strings);
  const { t: tp } = useFeatureTranslation('person', personStrings);
  const auth = useAuth();
  const actor = useActor(slug);
  useDocumentTitle(actor.data?.name);
  return (
    <QueryState query={actor} notFoundPage>
      {(actor) => (
        <article>
          <header className="page-header">
            <p className="eyebrow">
              {actor.kind && t(`actorKind.${actor.kind}`)} <SampleBadge sample={actor.sample} />
            </p>
            <h1>{actor.name}</h1>
            {actor.description && (
              <p className="lead" {...langOf(actor.languages, 'description')}>
                {actor.description}
              </p>
            )}
            {canManageActors(auth) && (
              <p className="actions">
                <Link className="button" to={`/actors/${slug}/edit`}>
                  {ta('edit.editLink')}
                </Link>
              </p>
            )}
            <dl className="facts">
              {actor.parent && (
                <div>
                  <dt>{ta('view.parent')}</dt>
                  <dd>
                    <Link to={`/actors/${actor.parent.slug ?? ''}`}>{actor.parent.name}</Link>
                  </dd>
                </div>
              )}
              {actor.website && (
                <div>
                  <dt>{t('common.website')}</dt>
                  <dd>
                    <a href={actor.website}>{actor.website}</a>
                  </dd>
                </div>
              )}
              {actor.territory && (
                <div>
                  <dt>{t('actor.territory')}</dt>
                  <dd>
                    <Link to={`/territories/${actor.territory.slug ?? ''}`}>
                      {actor.territory.name}
                    </Link>
                  </dd>
                </div>
              )}
              {actor.expertise && actor.expertise.length > 0 && (
                <div>
                  <dt>{t('actor.expertise')}</dt>
                  <dd {...langOf(actor.languages, 'expertise')}>{actor.expertise.join(', ')}</dd>
                </div>
              )}
              {actor.people && actor.people.length > 0 && (
                <div>
                  <dt>{t('actor.people')}</dt>
                  {/* Role titles are written with the actor's texts. */}
                  <dd {...langOf(actor.languages, 'original')}>
                    {actor.people.map((person, index) => (
                      <span key={person.slug ?? index}>
                        {index > 0 && ', '}
                        <Link to={`/people/${person.slug ?? ''}`}>{person.fullName}</Link>
                        {person.roleTitle && ` (${person.roleTitle})`}
                      </span>
                    ))}
                  </dd>
                </div>
              )}
            </dl>
            {canCreatePeople(auth) && (
              <p className="actions">
                <Link className="button button--secondary" to={`/people/new?actor=${slug}`}>
                  {tp('addLink')}
                </Link>
              </p>
            )}
          </header>
          {actor.subUnits && actor.subUnits.length > 0 && (
            <section aria-labelledby="sub-units-title">
              <h2 id="sub-units-title">{ta('view.subUnits')}</h2>
              <ul>
                {actor.subUnits.map((unit) => (
                  <li key={unit.slug}>
                    <Link to={`/actors/${unit.slug ?? ''}`}>{unit.name}</Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Memberships slug={slug} />
          <TestimonySection actor={slug} />
          <HistoryPanel path="/api/v1/actors/{slug}/history" slug={slug} />
        </article>
      )}
    </QueryState>
  );
}
