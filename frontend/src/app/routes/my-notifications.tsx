import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useFeatureTranslation } from '@/lib/i18n';
import { useMarkRead, useNotifications } from '@/features/people/api/people';
import { strings } from '@/features/people/strings';

/** The notification kinds the API sends, by the key of their words. */
const KINDS = {
  note: 'note',
  testimony: 'testimony',
  comment: 'comment',
  stage: 'stage',
  member: 'member',
  'commitment-request': 'commitmentRequest',
  'commitment-confirmed': 'commitmentConfirmed',
  'commitment-declined': 'commitmentDeclined',
  moderation: 'moderation',
  intention: 'intention',
  invitation: 'invitation',
  'invitation-accepted': 'invitationAccepted',
  'invitation-refused': 'invitationRefused',
} as const satisfies Record<string, string>;

function kindKey(kind: string | undefined) {
  const key = KINDS[(kind ?? 'note') as keyof typeof KINDS] as
    (typeof KINDS)[keyof typeof KINDS] | undefined;
  return `notifications.${key ?? 'note'}` as const;
}

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
                      {t(kindKey(item.kind), {
                        title: item.title,
                      })}
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
