import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useFeatureTranslation } from '@/lib/i18n';
import { useMarkRead, useNotifications } from '@/features/people/api/people';
import { strings } from '@/features/people/strings';

/** /me/notifications: what is new on what the person follows, newest first; marking read. */
export default function MyNotificationsRoute() {
  const { t } = useFeatureTranslation('people', strings);
  useDocumentTitle(t('notifications.title'));
  const [page, setPage] = useState(0);
  const notifications = useNotifications(page);
  const markRead = useMarkRead();
  return (
    <article className="edit-page">
      <h1>{t('notifications.title')}</h1>
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={markRead.isPending}
          onClick={() => {
            markRead.mutate(undefined);
          }}
        >
          {t('notifications.markAll')}
        </button>
      </p>
      <QueryState query={notifications} isEmpty={() => false}>
        {(data) =>
          (data.items ?? []).length === 0 ? (
            <p>{t('notifications.empty')}</p>
          ) : (
            <>
              <ul className="notifications">
                {(data.items ?? []).map((item) => (
                  <li key={item.id} className={item.readAt ? undefined : 'notification--unread'}>
                    <Link
                      to={item.link ?? '/'}
                      onClick={() => {
                        if (!item.readAt && item.id !== undefined) markRead.mutate([item.id]);
                      }}
                    >
                      {t(
                        item.kind === 'testimony'
                          ? 'notifications.testimony'
                          : 'notifications.note',
                        {
                          title: item.title,
                        },
                      )}
                    </Link>{' '}
                    {!item.readAt && (
                      <span className="badge">{t('notifications.unreadBadge')}</span>
                    )}
                  </li>
                ))}
              </ul>
              <p className="form-actions">
                {page > 0 && (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      setPage(page - 1);
                    }}
                  >
                    {t('notifications.previous')}
                  </button>
                )}
                {page + 1 < (data.totalPages ?? 0) && (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => {
                      setPage(page + 1);
                    }}
                  >
                    {t('notifications.next')}
                  </button>
                )}
              </p>
            </>
          )
        }
      </QueryState>
    </article>
  );
}
