import { useFormState } from 'react-hook-form';
import { useFeatureTranslation } from '@/lib/i18n';
import { strings } from '@/components/forms/strings';

/** How many fields the client's rules refuse (the server's errors are for `ProblemView`). */
export function countClientErrors(node: unknown): number {
  if (node === null || typeof node !== 'object') return 0;
  if ('type' in node && typeof node.type === 'string' && 'message' in node) {
    return node.type === 'server' ? 0 : 1;
  }
  return Object.entries(node)
    .filter(([key]) => key !== 'ref')
    .reduce((sum, [, child]) => sum + countClientErrors(child), 0);
}

/**
 * After an attempt to send a `useApiForm` form that its client rules refuse: how many fields are
 * to correct (or, `brief`, only that some are, for short forms), as an alert. Each field shows its
 * own message and the first one has the focus; the server's refusals are for `ProblemView`.
 */
export function InvalidSummary({ brief = false }: { brief?: boolean }) {
  const { t } = useFeatureTranslation('forms', strings);
  const { errors, submitCount } = useFormState();
  const count = countClientErrors(errors);
  if (submitCount === 0 || count === 0) return null;
  return (
    <div className="form-status form-status--error" role="alert">
      <p>{brief ? t('summary.some') : t('summary.invalid', { count })}</p>
    </div>
  );
}
