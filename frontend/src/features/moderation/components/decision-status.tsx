import type { Ref } from 'react';
import { ApiError } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { strings } from '@/features/moderation/strings';

interface DecisionStatusProps {
  /** What the last decision did. */
  done: string | undefined;
  /** Why the last decision failed. */
  error: unknown;
  /** A problem found before sending (nothing selected…). */
  problem: string | undefined;
  ref: Ref<HTMLDivElement>;
}

/** The outcome of the last decision, in a live region that takes the focus after a decision. */
export function DecisionStatus({ done, error, problem, ref }: DecisionStatusProps) {
  const { t } = useFeatureTranslation('moderation', strings);
  let text = done;
  let ok = true;
  if (problem) {
    text = problem;
    ok = false;
  } else if (error instanceof ApiError) {
    const detail = (error.problem?.errors ?? [])
      .map((item) => `${item.field ?? ''} : ${item.message ?? ''}`)
      .join(' ; ');
    const reason = detail || error.problem?.detail;
    text = reason ? t('failedDetail', { detail: reason }) : t('failed', { status: error.status });
    ok = false;
  } else if (error) {
    text = t('network');
    ok = false;
  }
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className={text ? `form-status form-status--${ok ? 'ok' : 'error'}` : 'moderation__live'}
    >
      {text}
    </div>
  );
}
