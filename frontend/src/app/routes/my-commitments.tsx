import { NotAllowed } from '@/components/ui/form';
import { Loading } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { MyCommitments } from '@/features/commitments/components/my-commitments';
import { strings } from '@/features/commitments/strings';

/** /my-commitments: the signed-in member's actors and their engagements in the coalitions. */
export default function MyCommitmentsRoute() {
  const { t } = useFeatureTranslation('commitments', strings);
  const auth = useAuth();
  useDocumentTitle(t('mineTitle'));
  if (auth.status === 'loading') return <Loading />;
  if (auth.status !== 'authenticated') {
    return (
      <NotAllowed
        signedIn={false}
        onSignIn={() => {
          void auth.login();
        }}
      />
    );
  }
  return (
    <article>
      <header className="page-header">
        <h1>{t('mineTitle')}</h1>
        <p className="lead">{t('mineIntro')}</p>
      </header>
      {auth.me ? <MyCommitments actors={auth.me.actors ?? []} /> : <Loading />}
    </article>
  );
}
