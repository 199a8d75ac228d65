import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { eventListFilters, useEvents, type EventPeriod } from '@/features/events/api/events';
import { EventList } from '@/features/events/components/event-list';
import { Roles, useAuth } from '@/lib/auth';

const periods: readonly EventPeriod[] = ['upcoming', 'past'];

export default function EventsRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const filters = eventListFilters(params);
  const { when } = filters;
  useDocumentTitle(`${t('events.title')} (${t(`events.${when}`)})`);
  const events = useEvents(filters);
  const auth = useAuth();
  const canEdit = auth.hasRole(Roles.editor) || auth.hasRole(Roles.admin);
  return (
    <>
      <h1>{t('events.title')}</h1>
      {canEdit && (
        <p className="page-actions">
          <Link className="button" to="/events/new">
            {t('eventForm.newTitle')}
          </Link>
        </p>
      )}
      <nav className="tabs" aria-label={t('events.tabs')}>
        <ul>
          {periods.map((period) => (
            <li key={period}>
              <Link
                to={period === 'upcoming' ? '/events' : '/events?when=past'}
                aria-current={period === when ? 'page' : undefined}
              >
                {t(`events.${period}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <QueryState
        query={events}
        empty={when === 'upcoming' ? t('events.emptyUpcoming') : t('events.emptyPast')}
      >
        {(page) => (
          <>
            <EventList events={page.items ?? []} headingLevel={2} />
            <Pagination page={page.page ?? 0} totalPages={page.totalPages ?? 0} />
          </>
        )}
      </QueryState>
      {when === 'upcoming' && events.data?.totalItems === 0 && <PastInstead />}
    </>
  );
}

/** When nothing is upcoming, the latest past events, so that the page is never a dead end. */
function PastInstead() {
  const { t } = useTranslation();
  const past = useEvents({ when: 'past', size: 5 });
  return (
    <section aria-labelledby="past-instead">
      <h2 id="past-instead">{t('events.latestPast')}</h2>
      <QueryState query={past} empty={t('events.emptyPast')}>
        {(page) => (
          <>
            <EventList events={page.items ?? []} headingLevel={3} />
            <p>
              <Link to="/events?when=past">{t('events.allPast')}</Link>
            </p>
          </>
        )}
      </QueryState>
    </section>
  );
}
