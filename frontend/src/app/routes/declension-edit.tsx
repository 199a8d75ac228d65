import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useDeclensionForEdit } from '@/features/coalitions/api/coalition-edit';
import {
  useCoalitionPermissions,
  useManagesTerritory,
} from '@/features/coalitions/api/permissions';
import { DeclensionForm } from '@/features/coalitions/components/declension-form';
import { useTerritory } from '@/features/territories/api/territories';

function Editor({ slug, territorySlug }: { slug: string; territorySlug: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const edit = useDeclensionForEdit(slug, territorySlug);
  const declension = edit.data?.data;
  useDocumentTitle(
    declension
      ? t('declensionForm.title', {
          coalition: declension.coalition?.title ?? '',
          territory: declension.territory?.name ?? '',
        })
      : undefined,
  );
  return (
    <QueryState query={edit} notFoundPage>
      {({ data, etag }) => (
        <article className="edit-page">
          <header className="page-header">
            <p className="eyebrow">
              <Link to={`/territories/${territorySlug}`}>{data.territory?.name}</Link>
            </p>
            <h1>
              {t('declensionForm.title', {
                coalition: `#${String(data.coalition?.number ?? '')} ${data.coalition?.title ?? ''}`,
                territory: data.territory?.name ?? '',
              })}
            </h1>
          </header>
          <DeclensionForm
            key={etag}
            declension={data}
            etag={etag}
            onSaved={() => {
              void navigate(`/territories/${territorySlug}`);
            }}
            onCancel={() => {
              void navigate(`/territories/${territorySlug}`);
            }}
            onReload={() => {
              void edit.refetch();
            }}
          />
        </article>
      )}
    </QueryState>
  );
}

/**
 * /coalitions/:slug/territories/:territorySlug/edit: for the coalition's coordinators and the
 * managers of the territory (or of one above it).
 */
export default function DeclensionEditRoute() {
  const { slug = '', territorySlug = '' } = useParams();
  const { permissions, settled, signedIn, login } = useCoalitionPermissions(slug);
  const territory = useTerritory(territorySlug);
  const manages = useManagesTerritory(territory.data);
  if (!settled || (!permissions.edit && manages === undefined && !territory.isError)) {
    return <Loading />;
  }
  if (!permissions.edit && !manages) {
    return (
      <NotAllowed
        signedIn={signedIn}
        onSignIn={() => {
          void login();
        }}
      />
    );
  }
  return <Editor slug={slug} territorySlug={territorySlug} />;
}
