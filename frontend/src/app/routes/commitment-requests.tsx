import { useSearchParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useDecidesRequests } from '@/features/commitments/api/commitments';
import { RequestInbox } from '@/features/commitments/components/request-inbox';
import { strings } from '@/features/commitments/strings';

/** /commitment-requests?page=: the coordinators' inbox (coordinators and admins only). */
export default function CommitmentRequestsRoute() {
  const { t } = useFeatureTranslation('commitments', strings);
  const auth = useAuth();
  const decides = useDecidesRequests();
  const [params] = useSearchParams();
  const page = Math.max(0, (Number.parseInt(params.get('page') ?? '1', 10) || 1) - 1);
  useDocumentTitle(t('inboxTitle'));
  if (auth.status === 'loading') return <Loading />;
  if (!decides) {
    return (
      <NotAllowed
        signedIn={auth.status === 'authenticated'}
        onSignIn={() => {
          void auth.login();
        }}
      />
    );
  }
  return (
    <article>
      <header className="page-header">
        <h1>{t('inboxTitle')}</h1>
        <p className="lead">{t('inboxIntro')}</p>
      </header>
      <RequestInbox page={page} />
    </article>
  );
}
