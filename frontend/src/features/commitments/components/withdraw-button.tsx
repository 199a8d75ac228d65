import { useEffect, useRef, useState } from 'react';
import { ProblemView } from '@/components/forms/problem-view';
import { useFeatureTranslation } from '@/lib/i18n';
import { useWithdrawCommitment, type MembershipKey } from '@/features/commitments/api/commitments';
import { strings } from '@/features/commitments/strings';

/**
 * Withdraws a request (or a confirmed engagement) in two steps: the button, then a confirmation
 * next to it (disabled while sending). The API's refusal (a request decided meanwhile: 409) is
 * shown under it by `ProblemView`.
 */
export function WithdrawButton({
  membership,
  actorName,
  pending,
  onWithdrawn,
}: {
  membership: MembershipKey;
  actorName: string;
  /** A request still waiting for a decision (otherwise a confirmed engagement). */
  pending: boolean;
  onWithdrawn: () => void;
}) {
  const { t } = useFeatureTranslation('commitments', strings);
  const withdraw = useWithdrawCommitment();
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The focus follows the step: to the confirmation, back to the first button on cancel.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) firstButton.current?.focus();
  }, [confirming]);
  return (
    <div className="row-actions">
      {confirming ? (
        <>
          <button
            type="button"
            className="button button--small"
            disabled={withdraw.isPending}
            ref={confirmButton}
            onClick={() => {
              withdraw.mutate(membership, {
                onSuccess: () => {
                  setConfirming(false);
                  onWithdrawn();
                },
              });
            }}
          >
            {t('confirmWithdraw', { actor: actorName })}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setConfirming(false);
            }}
          >
            {t('cancel')}
          </button>
        </>
      ) : (
        <button
          ref={firstButton}
          type="button"
          className="link-button link-button--danger"
          onClick={() => {
            withdraw.reset();
            asked.current = true;
            setConfirming(true);
          }}
        >
          {pending
            ? t('withdrawRequest', { actor: actorName })
            : t('withdrawEngagement', { actor: actorName })}
        </button>
      )}
      <ProblemView error={withdraw.error} />
    </div>
  );
}
