import { useNavigate, useParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useManagesTerritory } from '@/features/coalitions/api/permissions';
import { useTerritoryForEdit } from '@/features/territories/api/territory-edit';
import { DeleteTerritory, TerritoryForm } from '@/features/territories/components/territory-form';
import { strings } from '@/features/territories/edit-strings';

function Refused() {
  const auth = useAuth();
  return (
    <NotAllowed
      signedIn={auth.status === 'authenticated'}
      onSignIn={() => {
        void auth.login();
      }}
    />
  );
}

/** Editing one territory: its administrators and the managers of it or of one above it. */
function Editor({ slug }: { slug: string }) {
  const { t } = useFeatureTranslation('territoryEdit', strings);
  const navigate = useNavigate();
  const auth = useAuth();
  const edit = useTerritoryForEdit(slug);
  const manages = useManagesTerritory(edit.data?.data);
  useDocumentTitle(t('editTitle', { name: edit.data?.data.name ?? slug }));
  if (edit.isSuccess && manages === false) return <Refused />;
  return (
    <QueryState query={edit} notFoundPage>
      {({ data: territory, etag }) => (
        <article className="edit-page">
          <h1>{t('editTitle', { name: territory.name ?? '' })}</h1>
          <TerritoryForm
            key={etag}
            territory={territory}
            etag={etag}
            onSaved={(saved) => {
              void navigate(`/territories/${saved.slug ?? ''}`);
            }}
            onCancel={() => {
              void navigate(`/territories/${slug}`);
            }}
            onReload={() => {
              void edit.refetch();
            }}
          />
          {auth.hasRole(Roles.admin) && (
            <DeleteTerritory
              slug={slug}
              name={territory.name ?? slug}
              onDeleted={() => {
                void navigate('/territories');
              }}
            />
          )}
        </article>
      )}
    </QueryState>
  );
}

/**
 * /territories/new (administrators, the API's rule) and /territories/:slug/edit (administrators
 * and the territory's managers).
 */
export default function TerritoryEditRoute() {
  const { slug } = useParams();
  const { t } = useFeatureTranslation('territoryEdit', strings);
  const navigate = useNavigate();
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (slug) {
    if (!auth.hasRole(Roles.admin) && !auth.hasRole(Roles.territoryManager)) return <Refused />;
    return <Editor slug={slug} />;
  }
  if (!auth.hasRole(Roles.admin)) return <Refused />;
  return (
    <article className="edit-page">
      <h1>{t('newTitle')}</h1>
      <TerritoryForm
        onSaved={(saved) => {
          void navigate(`/territories/${saved.slug ?? ''}`);
        }}
        onCancel={() => {
          void navigate('/territories');
        }}
      />
    </article>
  );
}
