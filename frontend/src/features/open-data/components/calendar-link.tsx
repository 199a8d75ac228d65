import { useTranslation } from 'react-i18next';
import { useApiUrl } from '@/lib/api-url';

/** "Subscribe to the calendar": the iCalendar feed of a coalition's or a territory's events. */
export function CalendarLink({ coalition, territory }: { coalition?: string; territory?: string }) {
  const { t } = useTranslation();
  const query = new URLSearchParams();
  if (coalition) query.set('coalition', coalition);
  if (territory) query.set('territory', territory);
  const href = useApiUrl(`/api/v1/feeds/events.ics?${query.toString()}`);
  return (
    <p className="feed-link">
      <a href={href} type="text/calendar" title={t('openData.calendarHint')}>
        {t('openData.subscribeCalendar')}
      </a>
    </p>
  );
}
