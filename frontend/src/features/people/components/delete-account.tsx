import { useState, type SubmitEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, unwrap, useApiClient, type Schemas } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { strings } from '@/features/people/strings';

/**
 * Deleting one's account: a checkbox to confirm, then DELETE /api/v1/me. On success the session
 * is forgotten in this browser (the identity server no longer knows the person) and the page says
 * what happened, with the number of comments kept without a name.
 */
export function DeleteAccount({
  onDeleted,
}: {
  onDeleted: (result: Schemas['ErasureResult']) => void;
}) {
  const { t } = useFeatureTranslation('people', strings);
  const api = useApiClient();
  const auth = useAuth();
  const queryClient = useQueryClient();
  const [confirmed, setConfirmed] = useState(false);
  const remove = useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/api/v1/me')),
    onSuccess: (result) => {
      queryClient.clear();
      auth.forget();
      onDeleted(result);
    },
  });
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    if (confirmed) remove.mutate();
  };
  const status = remove.error instanceof ApiError ? remove.error.status : 0;
  return (
    <section aria-labelledby="profile-delete">
      <h2 id="profile-delete">{t('deletion.title')}</h2>
      <p>{t('deletion.explain')}</p>
      <form noValidate onSubmit={onSubmit} aria-label={t('deletion.title')}>
        <p>
          <label>
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(event) => {
                setConfirmed(event.target.checked);
              }}
            />{' '}
            {t('deletion.confirm')}
          </label>
        </p>
        <button
          type="submit"
          className="button button--secondary"
          disabled={!confirmed || remove.isPending}
        >
          {remove.isPending ? t('deletion.deleting') : t('deletion.submit')}
        </button>
        {remove.isError && (
          <p role="alert" className="form-status form-status--error">
            {t('deletion.failed', { status })}
          </p>
        )}
      </form>
    </section>
  );
}
