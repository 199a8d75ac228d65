import { useNavigate, useParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useManagesTerritory } from '@/features/coalitions/api/permissions';
import { useTerritory, useTerritoryCoalitions } from '@/features/territories/api/territories';
import { useTerritoryPlansForEdit } from '@/features/territories/api/plans';
import { PlansEditor } from '@/features/territories/components/plans-editor';
import { strings } from '@/features/territories/plans-strings';

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

function Editor({ slug }: { slug: string }) {
  const { t } = useFeatureTranslation('territoryPlans', strings);
  const navigate = useNavigate();
  const territory = useTerritory(slug);
  const manages = useManagesTerritory(territory.data);
  const plans = useTerritoryPlansForEdit(slug);
  const coalitions = useTerritoryCoalitions(slug);
  const name = territory.data?.name ?? slug;
  useDocumentTitle(t('title', { name }));
  if (territory.isSuccess && manages === false) return <Refused />;
  const back = () => {
    void navigate(`/territories/${slug}`);
  };
  return (
    <QueryState query={territory} notFoundPage>
      {() => (
        <article className="edit-page">
          <h1>{t('title', { name })}</h1>
          <p className="lead">{t('intro')}</p>
          {manages === undefined ? (
            <Loading />
          ) : (
            <QueryState query={plans} isEmpty={() => false}>
              {({ data: list, etag }) => (
                <QueryState query={coalitions} isEmpty={() => false}>
                  {(declined) => (
                    <PlansEditor
                      // A new list read (after a 412) starts the form again from it.
                      key={etag}
                      slug={slug}
                      plans={list}
                      etag={etag}
                      onReload={() => {
                        void plans.refetch();
                      }}
                      declined={(declined.items ?? []).flatMap((item) =>
                        item.coalition ? [item.coalition] : [],
                      )}
                      onSaved={back}
                      onCancel={back}
                    />
                  )}
                </QueryState>
              )}
            </QueryState>
          )}
        </article>
      )}
    </QueryState>
  );
}

/**
 * /territories/:slug/plans/edit: the territory's planning documents and main strategy, for
 * administrators and the managers of the territory or of one above it (`GET /api/v1/me`).
 */
export default function TerritoryPlansEditRoute() {
  const { slug = '' } = useParams();
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (!auth.hasRole(Roles.admin) && !auth.hasRole(Roles.territoryManager)) return <Refused />;
  return <Editor slug={slug} />;
}
