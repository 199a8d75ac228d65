import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Loading, QueryState } from '@/components/ui/query-state';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useAfterPaint } from '@/components/ui/after-paint';
import { WhenVisible } from '@/components/ui/when-visible';
import { Roles, useAuth } from '@/lib/auth';
import { useContentLang } from '@/lib/content-lang';
import {
  useCoalition,
  useCoalitionHealth,
  useCoalitionTerritories,
} from '@/features/coalitions/api/coalitions';
import { CoalitionHealth } from '@/components/domain/coalition-health';
import { useCoalitionPermissions } from '@/features/coalitions/api/permissions';
import { CoalitionCanvas } from '@/features/coalitions/components/coalition-canvas';
import { ImpactChart } from '@/features/coalitions/components/impact-chart';
import { MembersList } from '@/features/coalitions/components/members-list';
import { StageTimeline } from '@/features/coalitions/components/stage-timeline';
import { TerritorialDeclensions } from '@/features/coalitions/components/territorial-declensions';
import { useEvents } from '@/features/events/api/events';
import { EventList } from '@/features/events/components/event-list';
import { CalendarLink } from '@/features/open-data/components/calendar-link';
import { useNotes } from '@/features/notes/api/notes';
import { NoteList } from '@/features/notes/components/note-list';
import { useTestimonies } from '@/features/testimonies/api/testimonies';
import { TestimonyList } from '@/features/testimonies/components/testimony-list';
import { FollowButton } from '@/features/people/components/follow-button';
import { HistoryPanel } from '@/features/history/components/history-panel';

// Participation, loaded only for those who see it: joining (signed in), positioning (territory
// managers), suggestions (near the end of the page).
const JoinCoalition = lazy(() => import('@/features/commitments/components/join-coalition'));
const TerritoryPositioning = lazy(
  () => import('@/features/commitments/components/territory-positioning'),
);
const AllySuggestions = lazy(() => import('@/features/graph/components/ally-suggestions'));
const CoalitionTerritories = lazy(
  () => import('@/features/exchanges/components/coalition-territories'),
);
const SuggestionsPanel = lazy(() => import('@/features/suggestions/components/suggestions-panel'));
// The toolbox (resources and local initiatives of the coalition), once the reader gets near it.
const CoalitionToolbox = lazy(() => import('@/features/toolbox/components/coalition-toolbox'));
// The comments (thread, form, strings) load with their own chunk, once the reader gets near them.
const CommentSection = lazy(() => import('@/features/comments/components/comment-section'));

function Related({ slug, canEdit }: { slug: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const auth = useAuth();
  // Asked for once the coalition itself is on screen: they do not compete with it for the network.
  const enabled = useAfterPaint();
  const territories = useCoalitionTerritories(slug, { enabled });
  const health = useCoalitionHealth(slug, { enabled });
  const events = useEvents({ coalition: slug, size: 50, enabled });
  const notes = useNotes({ coalition: slug, enabled });
  const testimonies = useTestimonies({ coalition: slug, enabled });
  return (
    <>
      {health.isSuccess && <CoalitionHealth health={health.data} />}
      <section aria-labelledby="territories-title">
        <h2 id="territories-title">{t('coalition.territories')}</h2>
        <QueryState query={territories} empty={t('coalition.noTerritories')}>
          {(page) => (
            <TerritorialDeclensions items={page.items ?? []} show="territory" canEdit={canEdit} />
          )}
        </QueryState>
        {auth.hasRole(Roles.territoryManager) && territories.isSuccess && (
          <Suspense fallback={null}>
            <TerritoryPositioning slug={slug} declensions={territories.data.items ?? []} />
          </Suspense>
        )}
      </section>
      {territories.isSuccess && (
        <Suspense fallback={null}>
          <CoalitionTerritories slug={slug} declensions={territories.data.items ?? []} />
        </Suspense>
      )}
      <section aria-labelledby="testimonies-title">
        <h2 id="testimonies-title">{t('coalition.testimonies')}</h2>
        <QueryState query={testimonies} empty={t('coalition.noTestimonies')}>
          {(page) => <TestimonyList testimonies={page.items ?? []} />}
        </QueryState>
      </section>
      <section aria-labelledby="events-title">
        <h2 id="events-title">{t('coalition.events')}</h2>
        <CalendarLink coalition={slug} />
        <QueryState query={events} empty={t('coalition.noEvents')}>
          {(page) => <EventList events={page.items ?? []} />}
        </QueryState>
      </section>
      <section aria-labelledby="notes-title">
        <h2 id="notes-title">{t('coalition.notes')}</h2>
        <QueryState query={notes} empty={t('coalition.noNotes')}>
          {(page) => <NoteList notes={page.items ?? []} />}
        </QueryState>
      </section>
    </>
  );
}

export default function CoalitionRoute() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const langOf = useContentLang();
  const coalition = useCoalition(slug);
  const { permissions, signedIn } = useCoalitionPermissions(slug);
  const location = useLocation();
  const justSaved = (location.state as { saved?: boolean } | null)?.saved === true;
  const data = coalition.data;
  useDocumentTitle(data ? `#${data.number ?? ''} ${data.title ?? ''}` : undefined);
  return (
    <QueryState query={coalition} notFoundPage>
      {(coalition) => (
        <article className="coalition">
          <header className="page-header">
            <p className="eyebrow">
              {t('common.coalitionNumber', { number: coalition.number })}{' '}
              <SampleBadge sample={coalition.sample} />
            </p>
            <h1 {...langOf(coalition.languages, 'title')}>{coalition.title}</h1>
            <FollowButton type="coalition" slug={coalition.slug} name={coalition.title} />
            {justSaved && (
              <p className="form-status form-status--ok" role="status">
                {t('form.saved')}
              </p>
            )}
            {permissions.edit && (
              <p className="page-actions">
                <Link className="button" to={`/coalitions/${slug}/edit`}>
                  {t('coalitionForm.editLink')}
                </Link>{' '}
                {permissions.nameCoordinators && (
                  <>
                    <Link
                      className="button button--secondary"
                      to={`/coalitions/${slug}/coordinators`}
                    >
                      {t('coalition.coordinatorsLink')}
                    </Link>{' '}
                  </>
                )}
                <Link className="button button--secondary" to={`/translations/coalition/${slug}`}>
                  {t('coalitionForm.translateLink')}
                </Link>
              </p>
            )}
            {coalition.summary && (
              <p className="lead" {...langOf(coalition.languages, 'summary')}>
                {coalition.summary}
              </p>
            )}
            {coalition.axes && coalition.axes.length > 0 && (
              <ul className="tags" aria-label={t('coalition.axes')}>
                {coalition.axes.map((axis) => (
                  <li key={axis.slug}>
                    <Link
                      className="tag tag--axis"
                      to={`/axes/${axis.slug ?? ''}`}
                      style={{ borderColor: axis.colour }}
                    >
                      <span {...langOf(axis.languages, 'name')}>{axis.name}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {coalition.keywords && coalition.keywords.length > 0 && (
              <ul className="tags" aria-label={t('coalition.keywords')}>
                {coalition.keywords.map((keyword) => (
                  <li key={keyword}>
                    <Link
                      className="tag"
                      to={`/coalitions?${new URLSearchParams({ keyword }).toString()}`}
                    >
                      {keyword}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            {coalition.parent && (
              <p>
                {t('common.labelValue', { label: t('coalition.parent'), value: '' })}
                <Link to={`/coalitions/${coalition.parent.slug ?? ''}`}>
                  #{coalition.parent.number} {coalition.parent.title}
                </Link>
              </p>
            )}
            {coalition.children && coalition.children.length > 0 && (
              <div>
                <h2 className="small-heading">{t('coalition.children')}</h2>
                <ul>
                  {coalition.children.map((child) => (
                    <li key={child.slug}>
                      <Link to={`/coalitions/${child.slug ?? ''}`}>
                        #{child.number} {child.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </header>

          <section aria-labelledby="stage-title">
            <h2 id="stage-title">{t('coalition.stage')}</h2>
            <StageTimeline stage={coalition.stage} history={coalition.stageHistory} />
          </section>

          <CoalitionCanvas coalition={coalition} />

          <section aria-labelledby="impacts-title">
            <h2 id="impacts-title">{t('coalition.impacts')}</h2>
            {(coalition.impacts ?? []).length === 0 ? (
              <p className="state state--empty">{t('coalition.noImpacts')}</p>
            ) : (
              (coalition.impacts ?? []).map((impact) => (
                <ImpactChart key={impact.id ?? impact.title} impact={impact} />
              ))
            )}
          </section>

          <section aria-labelledby="members-title">
            <h2 id="members-title">{t('coalition.members')}</h2>
            <MembersList
              members={coalition.members ?? []}
              fundersOnlyPilot={coalition.governance?.fundersOnlyPilot ?? false}
            />
            {signedIn && (
              <Suspense fallback={null}>
                <JoinCoalition slug={slug} members={coalition.members ?? []} />
              </Suspense>
            )}
          </section>

          {permissions.edit && (
            <Suspense fallback={null}>
              <AllySuggestions slug={slug} />
            </Suspense>
          )}

          <Related slug={slug} canEdit={permissions.edit ?? false} />

          <WhenVisible>
            <Suspense fallback={null}>
              <CoalitionToolbox slug={slug} />
            </Suspense>
          </WhenVisible>

          <WhenVisible>
            <Suspense fallback={null}>
              <SuggestionsPanel
                target={{ kind: 'coalition', slug }}
                name={`#${String(coalition.number ?? '')} ${coalition.title ?? ''}`}
              />
            </Suspense>
          </WhenVisible>

          <WhenVisible>
            <Suspense fallback={<Loading />}>
              <CommentSection
                target={{ kind: 'coalitions', slug }}
                open={coalition.commentsOpen !== false}
              />
            </Suspense>
          </WhenVisible>
          <HistoryPanel path="/api/v1/coalitions/{slug}/history" slug={slug} />
        </article>
      )}
    </QueryState>
  );
}
