import { useAuth } from '@/lib/auth';
import { ApiError } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useFollowing, useToggleFollow, type FollowTarget } from '@/features/people/api/people';
import { strings } from '@/features/people/follow-strings';

/**
 * A toggle button (aria-pressed) that follows a coalition, territory, axis or event for the
 * signed-in person; nothing for anonymous readers.
 */
export function FollowButton({
  type,
  slug,
  name,
}: {
  type: FollowTarget;
  slug: string | undefined;
  name: string | undefined;
}) {
  const { t } = useFeatureTranslation('follow', strings);
  const auth = useAuth();
  const following = useFollowing(type, slug ?? '');
  const toggle = useToggleFollow(type, slug ?? '');
  if (!slug || auth.status !== 'authenticated' || following.data === undefined) return null;
  const on = following.data;
  return (
    <span className="follow">
      <button
        type="button"
        className="button button--secondary"
        aria-pressed={on}
        aria-label={t('followLabel', { name: name ?? slug })}
        disabled={toggle.isPending}
        onClick={() => {
          toggle.mutate(!on);
        }}
      >
        {on ? `✓ ${t('following')}` : t('follow')}
      </button>
      {toggle.error && (
        <span role="alert" className="form-status form-status--error">
          {t('failed', {
            status: toggle.error instanceof ApiError ? toggle.error.status : '?',
          })}
        </span>
      )}
    </span>
  );
}
