import { useState } from 'react';
import type { UseMutationResult } from '@tanstack/react-query';
import { ProblemView } from '@/components/forms/problem-view';
import { strings as formStrings } from '@/components/forms/strings';
import { useFeatureTranslation } from '@/lib/i18n';

/**
 * The "danger zone" of an edit screen: delete the record after a confirmation; a refusal (403,
 * 409…) shows as a problem.
 */
export function DeleteSection({
  id,
  title,
  hint,
  name,
  remove,
  onDeleted,
}: {
  /** The id of the section's heading. */
  id: string;
  title: string;
  hint: string;
  /** The record's name, in the confirmation. */
  name: string;
  remove: UseMutationResult<void, Error, void>;
  onDeleted: () => void;
}) {
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="danger-zone" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="hint">{hint}</p>
      <ProblemView error={remove.error} />
      {confirming && <p>{tf('actions.confirmDelete', { name })}</p>}
      <p className="actions">
        <button
          type="button"
          className="button button--danger"
          disabled={remove.isPending}
          onClick={() => {
            if (confirming) remove.mutate(undefined, { onSuccess: onDeleted });
            else setConfirming(true);
          }}
        >
          {tf('actions.delete')}
        </button>
        {confirming && (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              setConfirming(false);
            }}
          >
            {tf('actions.cancel')}
          </button>
        )}
      </p>
    </section>
  );
}
