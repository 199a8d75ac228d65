import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '@/components/ui/query-state';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';
import { useMembershipsOf } from '@/features/commitments/api/commitments';
import { AnswerInvitation } from '@/features/commitments/components/answer-invitation';
import { CommitmentHistory } from '@/features/commitments/components/commitment-history';
import { WithdrawButton } from '@/features/commitments/components/withdraw-button';
import { strings } from '@/features/commitments/strings';
import { CoalitionRefLabel } from '@/components/domain/coalition-ref';

function Memberships({
  actor,
  items,
  onWithdrawn,
}: {
  actor: Schemas['ActorSummary'];
  items: readonly Schemas['ActorMembership'][];
  onWithdrawn: (message: string) => void;
}) {
  const { t } = useFeatureTranslation('commitments', strings);
  const actorName = actor.name ?? actor.slug ?? '';
  if (items.length === 0) {
    return <p className="state state--empty">{t('mineEmpty', { actor: actorName })}</p>;
  }
  const invitations = items.filter((item) => item.status === 'INVITED');
  return (
    <>
      {invitations.length > 0 && (
        <section aria-labelledby={`invitations-${actor.slug ?? ''}`}>
          <h3 id={`invitations-${actor.slug ?? ''}`}>{t('invitationsTitle')}</h3>
          {invitations.map((invitation) => (
            <AnswerInvitation
              key={invitation.coalition?.slug}
              actor={actor}
              invitation={invitation}
              onAnswered={onWithdrawn}
            />
          ))}
        </section>
      )}
      <Table actor={actor} items={items} onWithdrawn={onWithdrawn} />
    </>
  );
}

function Table({
  actor,
  items,
  onWithdrawn,
}: {
  actor: Schemas['ActorSummary'];
  items: readonly Schemas['ActorMembership'][];
  onWithdrawn: (message: string) => void;
}) {
  const { t, i18n } = useFeatureTranslation('commitments', strings);
  const { t: tApp } = useTranslation();
  const actorName = actor.name ?? actor.slug ?? '';
  return (
    <div className="table-scroll">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('coalition')}</th>
            <th scope="col">{tApp('members.role')}</th>
            <th scope="col">{tApp('members.commitment')}</th>
            <th scope="col">{tApp('members.status')}</th>
            <th scope="col">{t('updated')}</th>
            <th scope="col">{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const slug = item.coalition?.slug ?? '';
            const membership = { slug, actorSlug: actor.slug ?? '' };
            return (
              <tr key={slug} className={item.status === 'WITHDRAWN' ? 'is-withdrawn' : undefined}>
                <th scope="row">
                  <Link to={`/coalitions/${slug}`}>
                    <CoalitionRefLabel coalition={item.coalition} />
                  </Link>
                </th>
                <td>{item.role && tApp(`role.${item.role}`)}</td>
                <td>{item.commitment}</td>
                <td>
                  <span className={`status status--${(item.status ?? '').toLowerCase()}`}>
                    {item.status && tApp(`membershipStatus.${item.status}`)}
                  </span>
                </td>
                <td>{formatDate(item.updatedAt ?? item.createdAt, i18n.language)}</td>
                <td>
                  {(item.status === 'PROPOSED' || item.status === 'CONFIRMED') && (
                    <WithdrawButton
                      membership={membership}
                      actorName={actorName}
                      pending={item.status === 'PROPOSED'}
                      onWithdrawn={() => {
                        onWithdrawn(t('withdrawn', { actor: actorName }));
                      }}
                    />
                  )}
                  <CommitmentHistory
                    membership={membership}
                    actorName={actorName}
                    number={item.coalition?.number}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The memberships of every actor the signed-in member acts for, with the status of each request
 * (proposed, invited, confirmed, declined, withdrawn), its history, and withdrawal; the
 * invitations of coalitions' coordinators first, to accept or refuse.
 */
export function MyCommitments({ actors }: { actors: readonly Schemas['ActorSummary'][] }) {
  const { t } = useFeatureTranslation('commitments', strings);
  const results = useMembershipsOf(actors);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) statusRef.current?.focus();
  }, [message]);
  if (actors.length === 0) return <p className="state state--empty">{t('mineNoActors')}</p>;
  return (
    <>
      <div role="status" aria-live="polite" ref={statusRef} tabIndex={-1}>
        {message && <p className="form-status form-status--ok">{message}</p>}
      </div>
      {actors.map((actor, index) => {
        const result = results[index];
        const headingId = `mine-${actor.slug ?? String(index)}`;
        return (
          <section key={actor.slug} aria-labelledby={headingId}>
            <h2 id={headingId}>
              <Link to={`/actors/${actor.slug ?? ''}`}>{actor.name}</Link>
            </h2>
            {!result || result.isPending ? (
              <Loading />
            ) : result.isError ? (
              <ErrorState
                error={result.error}
                onRetry={() => {
                  void result.refetch();
                }}
              />
            ) : (
              <Memberships actor={actor} items={result.data.items ?? []} onWithdrawn={setMessage} />
            )}
          </section>
        );
      })}
    </>
  );
}
