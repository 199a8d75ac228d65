import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useManagesTerritory } from '@/features/coalitions/api/permissions';
import { TerritorialDeclensions } from '@/features/coalitions/components/territorial-declensions';
import { territoryEventFilters, useEvents } from '@/features/events/api/events';
import { EventList } from '@/features/events/components/event-list';
import { useExchanges } from '@/features/exchanges/api/exchanges';
import { ExchangeList } from '@/features/exchanges/components/exchange-list';
import { strings as exchangeStrings } from '@/features/exchanges/strings';
import { strings as editStrings } from '@/features/territories/edit-strings';
import { useFeatureTranslation } from '@/lib/i18n';
import { CalendarLink } from '@/features/open-data/components/calendar-link';
import {
  useTerritory,
  useTerritoryCoalitions,
  useTerritoryInitiatives,
  useTerritoryResources,
} from '@/features/territories/api/territories';
import { InitiativeCards, ResourceCards } from '@/features/toolbox/components/toolbox-cards';
import { mayShare } from '@/features/toolbox/components/toolbox-rights';
import { strings as toolboxStrings } from '@/features/toolbox/strings';
import { useAuth } from '@/lib/auth';
import { FollowButton } from '@/features/people/components/follow-button';
import { useContentLang } from '@/lib/content-lang';
import { TerritoryPlans } from '@/features/territories/components/territory-plans';
import { HistoryPanel } from '@/features/history/components/history-panel';

function TerritoryDetails({ slug, canEdit }: { slug: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const coalitions = useTerritoryCoalitions(slug);
  const resources = useTerritoryResources(slug);
  const initiatives = useTerritoryInitiatives(slug);
  const events = useEvents(territoryEventFilters(slug));
  const exchanges = useExchanges({ territory: slug });
  const { t: tExchanges } = useFeatureTranslation('exchanges', exchangeStrings);
  const { t: tToolbox } = useFeatureTranslation('toolbox', toolboxStrings);
  // The toolbox's staff share here, starting with this territory and coming back to it.
  const share = mayShare(useAuth());
  const from = `/territories/${slug}`;
  const prefill = new URLSearchParams({ territory: slug, from }).toString();
  return (
    <>
      <section aria-labelledby="territory-coalitions">
        <h2 id="territory-coalitions">{t('territory.coalitions')}</h2>
        <QueryState query={coalitions} empty={t('territory.noCoalitions')}>
          {(page) => (
            <TerritorialDeclensions items={page.items ?? []} show="coalition" canEdit={canEdit} />
          )}
        </QueryState>
      </section>
      <TerritoryPlans slug={slug} />
      {canEdit && (
        <p className="page-actions">
          <Link className="button button--secondary" to={`/territories/${slug}/plans/edit`}>
            {t('territory.editPlans')}
          </Link>
        </p>
      )}
      <section aria-labelledby="territory-resources">
        <h2 id="territory-resources">{t('territory.resources')}</h2>
        {share && (
          <p className="page-actions">
            <Link className="button button--secondary" to={`/resources/new?${prefill}`}>
              {tToolbox('resource.share')}
            </Link>
          </p>
        )}
        <QueryState query={resources} empty={t('territory.noResources')}>
          {(page) => (
            <>
              <ResourceCards resources={page.items ?? []} heading="h3" from={from} />
              <p>
                <Link to={`/resources?${new URLSearchParams({ territory: slug }).toString()}`}>
                  {tToolbox('territory.allResources', { count: page.totalItems ?? 0 })}
                </Link>
              </p>
            </>
          )}
        </QueryState>
      </section>
      <section aria-labelledby="territory-initiatives">
        <h2 id="territory-initiatives">{t('territory.initiatives')}</h2>
        {share && (
          <p className="page-actions">
            <Link className="button button--secondary" to={`/initiatives/new?${prefill}`}>
              {tToolbox('initiative.add')}
            </Link>
          </p>
        )}
        <QueryState query={initiatives} empty={t('territory.noInitiatives')}>
          {(page) => <InitiativeCards initiatives={page.items ?? []} heading="h3" from={from} />}
        </QueryState>
      </section>
      <section aria-labelledby="territory-exchanges-between">
        <h2 id="territory-exchanges-between">{tExchanges('territoryExchanges')}</h2>
        <QueryState
          query={exchanges}
          isEmpty={(list) => list.length === 0}
          empty={tExchanges('empty')}
        >
          {(list) => <ExchangeList exchanges={list} />}
        </QueryState>
        <p>
          <Link to="/exchanges">{tExchanges('title')}</Link>
        </p>
      </section>
      <section aria-labelledby="territory-exchanges">
        <h2 id="territory-exchanges">{t('territory.exchanges')}</h2>
        <CalendarLink territory={slug} />
        <QueryState query={events} empty={t('territory.noExchanges')}>
          {(page) => <EventList events={page.items ?? []} />}
        </QueryState>
      </section>
    </>
  );
}

export default function TerritoryRoute() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const langOf = useContentLang();
  const territory = useTerritory(slug);
  const canEdit = useManagesTerritory(territory.data) ?? false;
  const { t: tEdit } = useFeatureTranslation('territoryEdit', editStrings);
  useDocumentTitle(territory.data?.name);
  return (
    <QueryState query={territory} notFoundPage>
      {(territory) => (
        <article>
          <header className="page-header">
            {territory.ancestors && territory.ancestors.length > 0 && (
              <nav aria-label={t('territory.partOf')}>
                <ol className="breadcrumb">
                  {territory.ancestors.map((ancestor) => (
                    <li key={ancestor.slug}>
                      <Link to={`/territories/${ancestor.slug ?? ''}`}>{ancestor.name}</Link>
                    </li>
                  ))}
                </ol>
              </nav>
            )}
            <h1>
              <span {...langOf(territory.languages, 'name')}>{territory.name}</span>{' '}
              <SampleBadge sample={territory.sample} />
            </h1>
            <FollowButton type="territory" slug={territory.slug} name={territory.name} />
            {canEdit && (
              <p className="page-actions">
                <Link className="button" to={`/territories/${slug}/edit`}>
                  {tEdit('editLink')}
                </Link>{' '}
                <Link className="button button--secondary" to={`/translations/territory/${slug}`}>
                  {t('coalitionForm.translateLink')}
                </Link>
              </p>
            )}
            <p className="card__meta">
              {territory.kind && (
                <span className="badge">{t(`territoryKind.${territory.kind}`)}</span>
              )}
              {territory.code && (
                <span>
                  {t('common.labelValue', { label: t('territory.code'), value: territory.code })}
                </span>
              )}
            </p>
            {territory.description && (
              <p className="lead" {...langOf(territory.languages, 'description')}>
                {territory.description}
              </p>
            )}
            {territory.children && territory.children.length > 0 && (
              <p>
                {t('common.labelValue', { label: t('territory.subTerritories'), value: '' })}
                {territory.children.map((child, index) => (
                  <span key={child.slug}>
                    {index > 0 && ', '}
                    <Link to={`/territories/${child.slug ?? ''}`}>{child.name}</Link>
                  </span>
                ))}
              </p>
            )}
          </header>
          <TerritoryDetails slug={slug} canEdit={canEdit} />
          <HistoryPanel path="/api/v1/territories/{slug}/history" slug={slug} />
        </article>
      )}
    </QueryState>
  );
}
