import { Navigate, useParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { NotFound } from '@/components/ui/not-found';
import { Loading } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { ModerationScreen } from '@/features/moderation/components/moderation-screen';
import { strings } from '@/features/moderation/strings';

/** /moderation/comments and /moderation/suggestions, for moderators and admins. */
export default function ModerationRoute() {
  const { type } = useParams();
  const { t } = useFeatureTranslation('moderation', strings);
  const auth = useAuth();
  const allowed = auth.hasRole(Roles.moderator) || auth.hasRole(Roles.admin);
  useDocumentTitle(allowed ? t('title') : undefined);
  if (auth.status === 'loading') return <Loading />;
  if (!allowed) {
    return (
      <NotAllowed
        signedIn={auth.status === 'authenticated'}
        onSignIn={() => {
          void auth.login();
        }}
      />
    );
  }
  if (type === undefined) return <Navigate to="/moderation/comments" replace />;
  if (type !== 'comments' && type !== 'suggestions') return <NotFound />;
  return (
    <div className="moderation">
      <h1>{t('title')}</h1>
      <ModerationScreen type={type} />
    </div>
  );
}
