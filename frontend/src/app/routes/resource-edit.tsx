import { useNavigate, useParams, useSearchParams } from 'react-router';
import { DeleteSection } from '@/components/forms/delete-section';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { HistoryPanel } from '@/features/history/components/history-panel';
import { useReferenceLabel } from '@/features/toolbox/api/toolbox';
import { useDeleteResource, useResourceForEdit } from '@/features/toolbox/api/toolbox-edit';
import { ResourceForm } from '@/features/toolbox/components/resource-form';
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

/** Where to go once saved, deleted or cancelled: the page the screen was opened from. */
function useBack() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return () => {
    void navigate(returnTo(params.get('from'), '/resources'));
  };
}

function Editor({ slug }: { slug: string }) {
  const { t } = useFeatureTranslation('toolbox', strings);
  const auth = useAuth();
  const back = useBack();
  const edit = useResourceForEdit(slug);
  const remove = useDeleteResource(slug);
  const allowed = mayEdit(auth, edit.data?.data.publisher?.slug);
  useDocumentTitle(t('resource.editTitle', { title: edit.data?.data.title ?? slug }));
  if (edit.isSuccess && allowed === false) return <Refused />;
  if (edit.isSuccess && allowed === undefined) return <Loading />;
  return (
    <QueryState query={edit} notFoundPage>
      {({ data: resource, etag }) => (
        <article className="edit-page">
          <h1>{t('resource.editTitle', { title: resource.title ?? '' })}</h1>
          <ResourceForm
            key={etag}
            resource={resource}
            etag={etag}
            onSaved={back}
            onCancel={back}
            onReload={() => {
              void edit.refetch();
            }}
          />
          <DeleteSection
            id="delete-resource-title"
            title={t('resource.deleteTitle')}
            hint={t('resource.deleteHint')}
            name={resource.title ?? slug}
            remove={remove}
            onDeleted={back}
          />
          <HistoryPanel path="/api/v1/resources/{slug}/history" slug={slug} />
        </article>
      )}
    </QueryState>
  );
}

/** A new resource, starting with the territory or coalition of the page it was shared from. */
function Creator() {
  const { t } = useFeatureTranslation('toolbox', strings);
  const back = useBack();
  const [params] = useSearchParams();
  const territory = useReferenceLabel('territory', params.get('territory') ?? undefined);
  const coalition = useReferenceLabel('coalition', params.get('coalition') ?? undefined);
  useDocumentTitle(t('resource.newTitle'));
  if (!territory.settled || !coalition.settled) return <Loading />;
  return (
    <article className="edit-page">
      <h1>{t('resource.newTitle')}</h1>
      <ResourceForm
        start={{ territory: territory.option, coalition: coalition.option }}
        onSaved={back}
        onCancel={back}
      />
    </article>
  );
}

/**
 * /resources/new (?territory=, ?coalition= to start from a page; ?from= the page to go back to):
 * administrators, editors and territory managers. /resources/:slug/edit: those, and the accounts
 * linked to the publishing actor. The API checks again; its refusal shows on the form.
 */
export default function ResourceEditRoute() {
  const { slug } = useParams();
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (auth.status !== 'authenticated') return <Refused />;
  if (slug) return <Editor slug={slug} />;
  if (!mayShare(auth)) return <Refused />;
  return <Creator />;
}
