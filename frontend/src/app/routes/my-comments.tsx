import { NotAllowed } from '@/components/ui/form';
import { Loading } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { MyComments } from '@/features/comments/components/my-comments';
import { strings } from '@/features/comments/strings';

/** /me/comments: a signed-in member's comments, and erasing them. */
export default function MyCommentsRoute() {
  const { t } = useFeatureTranslation('comments', strings);
  const auth = useAuth();
  useDocumentTitle(auth.status === 'authenticated' ? t('mine.title') : undefined);
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
    <div className="edit-page">
      <h1>{t('mine.title')}</h1>
      <MyComments />
    </div>
  );
}
