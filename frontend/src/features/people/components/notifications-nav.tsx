import { NavLink } from 'react-router';
import { useFeatureTranslation } from '@/lib/i18n';
import { useUnreadNotifications } from '@/features/people/api/people';
import { strings } from '@/features/people/strings';

/** "Notifications" in the main navigation of signed-in people, with the unread count. */
export default function NotificationsNav() {
  const { t } = useFeatureTranslation('people', strings);
  const unread = useUnreadNotifications().data?.unread ?? 0;
  return (
    <li>
      <NavLink to="/me/notifications">
        {t('notifications.nav')}
        {unread > 0 && (
          <>
            {' '}
            <span className="nav-count" aria-hidden="true">
              {unread}
            </span>{' '}
            <span className="visually-hidden">
              ({t('notifications.unread', { count: unread })})
            </span>
          </>
        )}
      </NavLink>
    </li>
  );
}
