import { useFormState } from 'react-hook-form';
import { strings as formStrings } from '@/components/forms/strings';
import { useFeatureTranslation } from '@/lib/i18n';
import { strings } from '@/features/coalitions/canvas-form-strings';

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
 * After an attempt to save a long form, says how many fields are to correct (each field shows
 * its own message and the first one has the focus), as an alert.
 */
export function InvalidSummary() {
  const { t } = useFeatureTranslation('coalitionForms', strings);
  const { errors, submitCount } = useFormState();
  const count = countClientErrors(errors);
  if (submitCount === 0 || count === 0) return null;
  return (
    <div className="form-status form-status--error" role="alert">
      <p>{t('invalid', { count })}</p>
    </div>
  );
}

/** Save (disabled while sending) and cancel. */
export function FormActions({ onCancel }: { onCancel: () => void }) {
  const { t } = useFeatureTranslation('forms', formStrings);
  const { isSubmitting } = useFormState();
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={isSubmitting}>
        {isSubmitting ? t('actions.saving') : t('actions.save')}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('actions.cancel')}
      </button>
    </div>
  );
}
