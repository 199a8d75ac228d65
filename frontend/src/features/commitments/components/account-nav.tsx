import { NavLink } from 'react-router';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useCommitmentRequests, useDecidesRequests } from '@/features/commitments/api/commitments';
import { strings } from '@/features/commitments/strings';

/**
 * Entries of the main navigation for signed-in people, loaded after sign-in: "My commitments"
 * for those who act for actors, "Commitment requests" with the pending count for coordinators
 * and admins (one small request: a page of one item gives the total).
 */
export default function AccountNav() {
  const { t } = useFeatureTranslation('commitments', strings);
  const auth = useAuth();
  const decides = useDecidesRequests();
  const requests = useCommitmentRequests(0, 1, decides);
  const pending = requests.data?.totalItems ?? 0;
  const hasActors = (auth.me?.actors ?? []).length > 0;
  return (
    <>
      {hasActors && (
        <li>
          <NavLink to="/my-commitments">{t('navMine')}</NavLink>
        </li>
      )}
      {decides && (
        <li>
          <NavLink to="/commitment-requests">
            {t('navInbox')}
            {pending > 0 && (
              <>
                {' '}
                <span className="nav-count" aria-hidden="true">
                  {pending}
                </span>{' '}
                <span className="visually-hidden">({t('navPending', { count: pending })})</span>
              </>
            )}
          </NavLink>
        </li>
      )}
    </>
  );
}
