import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { CoalitionForm } from '@/features/coalitions/components/coalition-form';
import { Roles, useAuth } from '@/lib/auth';

/** /coalitions/new: coordinators and admins create a coalition. */
export default function CoalitionNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const auth = useAuth();
  useDocumentTitle(t('coalitionForm.newTitle'));
  if (auth.status === 'loading') return <Loading />;
  if (!auth.hasRole(Roles.coordinator) && !auth.hasRole(Roles.admin)) {
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
    <article className="edit-page">
      <header className="page-header">
        <h1>{t('coalitionForm.newTitle')}</h1>
        <p className="lead">{t('coalitionForm.newIntro')}</p>
      </header>
      <CoalitionForm
        onSaved={(saved) => {
          void navigate(`/coalitions/${saved.slug ?? ''}`);
        }}
        onCancel={() => {
          void navigate('/coalitions');
        }}
      />
    </article>
  );
}
