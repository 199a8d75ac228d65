import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { actorFilters, useActors } from '@/features/actors/api/actors';
import { ActorFilters } from '@/features/actors/components/actor-filters';
import { canManageActors } from '@/features/actors/components/actor-rights';
import { strings } from '@/features/actors/strings';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';

export default function ActorsRoute() {
  const { t } = useTranslation();
  const { t: ta } = useFeatureTranslation('actors', strings);
  const auth = useAuth();
  useDocumentTitle(t('actors.title'));
  const [params] = useSearchParams();
  const actors = useActors(actorFilters(params));
  return (
    <>
      <h1>{t('actors.title')}</h1>
      {canManageActors(auth) && (
        <p className="actions">
          <Link className="button" to="/actors/new">
            {ta('edit.create')}
          </Link>
        </p>
      )}
      <ActorFilters />
      <QueryState query={actors} empty={t('actors.empty')}>
        {(page) => (
          <>
            <ul className="card-list card-list--grid">
              {(page.items ?? []).map((actor) => (
                <li key={actor.slug}>
                  <article className="card">
                    <h2 className="card__title">
                      <Link to={`/actors/${actor.slug ?? ''}`}>{actor.name}</Link>
                    </h2>
                    <p className="card__meta">
                      {actor.kind && <span className="badge">{t(`actorKind.${actor.kind}`)}</span>}
                      {actor.territory && <span>{actor.territory.name}</span>}
                      <SampleBadge sample={actor.sample} />
                    </p>
                    {actor.expertise && actor.expertise.length > 0 && (
                      <p className="muted">{actor.expertise.join(' · ')}</p>
                    )}
                  </article>
                </li>
              ))}
            </ul>
            <Pagination page={page.page ?? 0} totalPages={page.totalPages ?? 0} />
          </>
        )}
      </QueryState>
    </>
  );
}
