import { useFormState } from 'react-hook-form';
import { strings as formStrings } from '@/components/forms/strings';
import { useFeatureTranslation } from '@/lib/i18n';

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
