import { useNavigate, useParams, useSearchParams } from 'react-router';
import { DeleteSection } from '@/components/forms/delete-section';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import type { Schemas } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { HistoryPanel } from '@/features/history/components/history-panel';
import { useReferenceLabel } from '@/features/toolbox/api/toolbox';
import { useDeleteInitiative, useInitiativeForEdit } from '@/features/toolbox/api/toolbox-edit';
import { InitiativeForm } from '@/features/toolbox/components/initiative-form';
import { returnTo } from '@/features/toolbox/components/return-to';
import { mayEdit, mayShare } from '@/features/toolbox/components/toolbox-rights';
import { strings } from '@/features/toolbox/strings';

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

/** A territory's page, where its local initiatives are listed. */
const territoryPage = (slug: string | undefined) =>
  slug ? `/territories/${slug}` : '/territories';

function Editor({ slug }: { slug: string }) {
  const { t } = useFeatureTranslation('toolbox', strings);
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const edit = useInitiativeForEdit(slug);
  const remove = useDeleteInitiative(slug);
  const allowed = mayEdit(auth, edit.data?.data.actor?.slug);
  useDocumentTitle(t('initiative.editTitle', { title: edit.data?.data.title ?? slug }));
  if (edit.isSuccess && allowed === false) return <Refused />;
  if (edit.isSuccess && allowed === undefined) return <Loading />;
  const toTerritory = (initiative: Schemas['LocalInitiative']) => {
    void navigate(territoryPage(initiative.territory?.slug));
  };
  return (
    <QueryState query={edit} notFoundPage>
      {({ data: initiative, etag }) => (
        <article className="edit-page">
          <h1>{t('initiative.editTitle', { title: initiative.title ?? '' })}</h1>
          <InitiativeForm
            key={etag}
            initiative={initiative}
            etag={etag}
            onSaved={toTerritory}
            onCancel={() => {
              void navigate(
                returnTo(params.get('from'), territoryPage(initiative.territory?.slug)),
              );
            }}
            onReload={() => {
              void edit.refetch();
            }}
          />
          <DeleteSection
            id="delete-initiative-title"
            title={t('initiative.deleteTitle')}
            hint={t('initiative.deleteHint')}
            name={initiative.title ?? slug}
            remove={remove}
            onDeleted={() => {
              toTerritory(initiative);
            }}
          />
          <HistoryPanel path="/api/v1/initiatives/{slug}/history" slug={slug} />
        </article>
      )}
    </QueryState>
  );
}

/** A new initiative, starting with the territory or coalition of the page it was added from. */
function Creator() {
  const { t } = useFeatureTranslation('toolbox', strings);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const territory = useReferenceLabel('territory', params.get('territory') ?? undefined);
  const coalition = useReferenceLabel('coalition', params.get('coalition') ?? undefined);
  useDocumentTitle(t('initiative.newTitle'));
  if (!territory.settled || !coalition.settled) return <Loading />;
  return (
    <article className="edit-page">
      <h1>{t('initiative.newTitle')}</h1>
      <InitiativeForm
        start={{ territory: territory.option, coalition: coalition.option }}
        onSaved={(saved) => {
          void navigate(territoryPage(saved.territory?.slug));
        }}
        onCancel={() => {
          void navigate(returnTo(params.get('from'), territoryPage(territory.option?.value)));
        }}
      />
    </article>
  );
}

/**
 * /initiatives/new (?territory=, ?coalition= to start from a page) and /initiatives/:slug/edit,
 * with the rights of the toolbox (see resource-edit.tsx); once saved, the initiative's territory
 * page, where it is listed.
 */
export default function InitiativeEditRoute() {
  const { slug } = useParams();
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (auth.status !== 'authenticated') return <Refused />;
  if (slug) return <Editor slug={slug} />;
  if (!mayShare(auth)) return <Refused />;
  return <Creator />;
}
