import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/ui/query-state';
import { formatDateTime } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';
import { useCommitmentHistory, type MembershipKey } from '@/features/commitments/api/commitments';
import { strings } from '@/features/commitments/strings';

function Events({ membership, label }: { membership: MembershipKey; label: string }) {
  const { t, i18n } = useFeatureTranslation('commitments', strings);
  const { t: tApp } = useTranslation();
  const history = useCommitmentHistory(membership);
  return (
    <QueryState query={history} empty={t('historyEmpty')}>
      {(events) => (
        <ol className="history" aria-label={label}>
          {events.map((event, index) => (
            <li key={`${event.at ?? ''}-${index}`}>
              {t('historyEntry', {
                action: event.action ? t(`action.${event.action}`) : '',
                at: formatDateTime(event.at, i18n.language),
                by: event.by?.name ?? event.by?.username ?? t('historyImported'),
              })}
              {event.role && (
                <span className="muted">
                  {' '}
                  · {t('historyRole', { role: tApp(`role.${event.role}`) })}
                </span>
              )}
              {event.note && <span> · {t('historyNote', { note: event.note })}</span>}
            </li>
          ))}
        </ol>
      )}
    </QueryState>
  );
}

/**
 * Every change of an engagement, who made it and when, behind a `<details>` element: read from
 * the API the first time it is opened.
 */
export function CommitmentHistory({
  membership,
  actorName,
  number,
}: {
  membership: MembershipKey;
  actorName: string;
  number: number | undefined;
}) {
  const { t } = useFeatureTranslation('commitments', strings);
  const [opened, setOpened] = useState(false);
  const label = t('historyOf', { actor: actorName, number: number ?? '' });
  return (
    <details
      className="history-details"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>
        {t('showHistory')}{' '}
        <span className="visually-hidden">
          {t('historyFor', { actor: actorName, number: number ?? '' })}
        </span>
      </summary>
      {opened && <Events membership={membership} label={label} />}
    </details>
  );
}
