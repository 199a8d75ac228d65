import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useActor, useActorMemberships } from '@/features/actors/api/actors';

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
                        #{membership.coalition?.number} {membership.coalition?.title}
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
            {actor.description && <p className="lead">{actor.description}</p>}
            <dl className="facts">
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
                  <dd>{actor.expertise.join(', ')}</dd>
                </div>
              )}
              {actor.people && actor.people.length > 0 && (
                <div>
                  <dt>{t('actor.people')}</dt>
                  <dd>
                    {actor.people
                      .map((person) =>
                        person.roleTitle
                          ? `${person.fullName ?? ''} (${person.roleTitle})`
                          : person.fullName,
                      )
                      .join(', ')}
                  </dd>
                </div>
              )}
            </dl>
          </header>
          <Memberships slug={slug} />
        </article>
      )}
    </QueryState>
  );
}
