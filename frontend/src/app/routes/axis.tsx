import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CoalitionCard } from '@/components/domain/coalition-card';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useAxis } from '@/features/axes/api/get-axis';
import { KeywordCloud } from '@/features/axes/components/keyword-cloud';
import { useCoalitionsOfAxis } from '@/features/coalitions/api/coalitions';
import { WhenVisible } from '@/components/ui/when-visible';
import { FollowButton } from '@/features/people/components/follow-button';
import { HistoryPanel } from '@/features/history/components/history-panel';
import { strings } from '@/features/axes/strings';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';

const SuggestionsPanel = lazy(() => import('@/features/suggestions/components/suggestions-panel'));

export default function AxisRoute() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { t: ta } = useFeatureTranslation('axes', strings);
  const auth = useAuth();
  const axis = useAxis(slug);
  const coalitions = useCoalitionsOfAxis(slug);
  useDocumentTitle(axis.data?.name);
  return (
    <QueryState query={axis} notFoundPage>
      {(data) => (
        <article>
          <h1>{data.name}</h1>
          <FollowButton type="axis" slug={slug} name={data.name} />
          {auth.hasRole(Roles.admin) && (
            <p className="actions">
              <Link className="button" to={`/axes/${slug}/edit`}>
                {ta('edit.editLink')}
              </Link>{' '}
              <Link className="button button--ghost" to="/axes/new">
                {ta('edit.create')}
              </Link>
            </p>
          )}
          {data.description && <p className="lead">{data.description}</p>}
          <p>{t('panorama.axisCoalitions', { count: data.coalitionCount ?? 0 })}</p>
          <section aria-labelledby="axis-cloud">
            <h2 id="axis-cloud">{t('panorama.cloudTitle')}</h2>
            <p className="hint">{t('panorama.cloudHint')}</p>
            <KeywordCloud axisSlug={slug} keywords={data.keywords ?? []} labelledBy="axis-cloud" />
          </section>
          <section aria-labelledby="axis-coalitions">
            <h2 id="axis-coalitions">{t('axis.coalitions')}</h2>
            <QueryState query={coalitions} empty={t('panorama.noCoalitions')}>
              {(page) => (
                <ul className="card-list card-list--grid">
                  {(page.items ?? []).map((coalition) => (
                    <li key={coalition.slug}>
                      <CoalitionCard coalition={coalition} />
                    </li>
                  ))}
                </ul>
              )}
            </QueryState>
          </section>
          <WhenVisible>
            <Suspense fallback={null}>
              <SuggestionsPanel target={{ kind: 'axis', slug }} name={data.name ?? ''} />
            </Suspense>
          </WhenVisible>
          <HistoryPanel path="/api/v1/axes/{slug}/history" slug={slug} />
        </article>
      )}
    </QueryState>
  );
}
