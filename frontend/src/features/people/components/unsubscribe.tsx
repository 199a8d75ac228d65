import { useMutation } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError, useApiClient } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { strings } from '@/features/people/strings';

/**
 * The page a notification mail's unsubscribe link opens (`/unsubscribe/:token`). Opening it changes
 * nothing (mail scanners follow links): the reader confirms with a button. Mail clients that offer
 * one-click unsubscribe POST to the API themselves (List-Unsubscribe-Post).
 */
export function Unsubscribe({ token }: { token: string }) {
  const { t } = useFeatureTranslation('people', strings);
  const api = useApiClient();
  const stop = useMutation({
    mutationFn: async () => {
      const answer = await api.POST('/api/v1/unsubscribe/{token}', {
        params: { path: { token } },
      });
      if (!answer.response.ok) throw new ApiError(answer.response.status);
    },
  });
  const status = stop.error instanceof ApiError ? stop.error.status : 0;
  return (
    <>
      <p className="lead">{t('unsubscribe.intro')}</p>
      {!stop.isSuccess && (
        <p className="form-actions">
          <button
            type="button"
            className="button"
            disabled={stop.isPending}
            onClick={() => {
              stop.mutate();
            }}
          >
            {t('unsubscribe.submit')}
          </button>
        </p>
      )}
      {stop.isSuccess && (
        <p role="status" className="form-status">
          {t('unsubscribe.done')} <Link to="/me/profile">{t('unsubscribe.profile')}</Link>
        </p>
      )}
      {stop.isError && (
        <p role="alert" className="form-status form-status--error">
          {status === 400 || status === 404
            ? t('unsubscribe.invalid')
            : t('unsubscribe.failed', { status })}
        </p>
      )}
    </>
  );
}
