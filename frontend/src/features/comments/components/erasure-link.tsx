import { useRef } from 'react';
import { Link } from 'react-router';
import { useFeatureTranslation } from '@/lib/i18n';
import { SubmissionError, useEraseByLink } from '@/features/comments/api/comments';
import { strings } from '@/features/comments/strings';

/**
 * The page an erasure e-mail links to (`/comments/erasure/:token`). Nothing is erased by opening
 * it (mail scanners follow links): the reader confirms with a button, which uses the link once.
 */
export function ErasureLink({ token }: { token: string }) {
  const { t } = useFeatureTranslation('comments', strings);
  const erase = useEraseByLink();
  const result = useRef<HTMLDivElement>(null);
  const focusResult = () => {
    requestAnimationFrame(() => {
      result.current?.focus();
    });
  };

  let outcome: { text: string; ok: boolean; again: boolean } | undefined;
  if (erase.data) {
    const comments = erase.data.comments ?? 0;
    const suggestions = erase.data.suggestions ?? 0;
    outcome = {
      text: [
        t('erasure.linkDone', { count: comments }),
        suggestions > 0 ? t('erasure.linkSuggestions', { count: suggestions }) : '',
      ]
        .filter(Boolean)
        .join(' '),
      ok: true,
      again: false,
    };
  } else if (erase.error instanceof SubmissionError && erase.error.status === 404) {
    outcome = { text: t('erasure.linkInvalid'), ok: false, again: true };
  } else if (erase.error instanceof SubmissionError && erase.error.status === 409) {
    outcome = { text: t('erasure.linkUsed'), ok: true, again: false };
  } else if (erase.error instanceof SubmissionError) {
    outcome = {
      text: t('erasure.failed', { status: erase.error.status }),
      ok: false,
      again: false,
    };
  } else if (erase.error) {
    outcome = { text: t('result.network'), ok: false, again: false };
  }

  return (
    <>
      <p className="lead">{t('erasure.linkIntro')}</p>
      {!erase.isSuccess && !(outcome?.again ?? false) && (
        <p className="form-actions">
          <button
            type="button"
            className="button"
            disabled={erase.isPending}
            onClick={() => {
              erase.mutate(token, { onSettled: focusResult });
            }}
          >
            {erase.isPending ? t('erasure.linkErasing') : t('erasure.linkConfirm')}
          </button>
        </p>
      )}
      <div
        ref={result}
        tabIndex={-1}
        role="status"
        className={outcome ? `form-status form-status--${outcome.ok ? 'ok' : 'error'}` : undefined}
      >
        {outcome && <p>{outcome.text}</p>}
        {outcome?.again && (
          <p>
            <Link to="/comments/erasure">{t('erasure.linkAgain')}</Link>
          </p>
        )}
      </div>
    </>
  );
}
