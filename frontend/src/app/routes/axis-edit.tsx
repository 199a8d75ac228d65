import { useNavigate, useParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useAxisForEdit } from '@/features/axes/api/axis-edit';
import { AxisForm, DeleteAxis } from '@/features/axes/components/axis-form';
import { strings } from '@/features/axes/strings';

function Editor({ slug }: { slug: string | undefined }) {
  const { t } = useFeatureTranslation('axes', strings);
  const navigate = useNavigate();
  const edit = useAxisForEdit(slug);
  useDocumentTitle(
    slug ? t('edit.editTitle', { name: edit.data?.data.name ?? slug }) : t('edit.newTitle'),
  );
  const onSaved = (saved: { slug?: string }) => {
    void navigate(`/axes/${saved.slug ?? ''}`);
  };
  const cancel = () => {
    void navigate(slug ? `/axes/${slug}` : '/');
  };
  if (!slug) {
    return (
      <article className="edit-page">
        <h1>{t('edit.newTitle')}</h1>
        <AxisForm onSaved={onSaved} onCancel={cancel} />
      </article>
    );
  }
  return (
    <QueryState query={edit} notFoundPage>
      {({ data: axis, etag }) => (
        <article className="edit-page">
          <h1>{t('edit.editTitle', { name: axis.name ?? '' })}</h1>
          <AxisForm
            key={etag}
            axis={axis}
            etag={etag}
            onSaved={onSaved}
            onCancel={cancel}
            onReload={() => {
              void edit.refetch();
            }}
          />
          <DeleteAxis
            slug={slug}
            name={axis.name ?? slug}
            onDeleted={() => {
              void navigate('/');
            }}
          />
        </article>
      )}
    </QueryState>
  );
}

/** /axes/new and /axes/:slug/edit, for administrators (the API's rule for axes). */
export default function AxisEditRoute() {
  const { slug } = useParams();
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (!auth.hasRole(Roles.admin)) {
    return (
      <NotAllowed
        signedIn={auth.status === 'authenticated'}
        onSignIn={() => {
          void auth.login();
        }}
      />
    );
  }
  return <Editor slug={slug} />;
}
