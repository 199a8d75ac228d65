import { useNavigate, useParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useEventForEdit } from '@/features/events/api/event-edit';
import { EventForm } from '@/features/events/components/event-form';
import { strings } from '@/features/events/edit-strings';

function Editor({ slug }: { slug: string | undefined }) {
  const { t } = useFeatureTranslation('eventEdit', strings);
  const navigate = useNavigate();
  const edit = useEventForEdit(slug);
  useDocumentTitle(slug ? t('editTitle', { title: edit.data?.data.title ?? slug }) : t('newTitle'));
  const onSaved = (saved: { slug?: string }) => {
    void navigate(`/events/${saved.slug ?? ''}`);
  };
  const cancel = () => {
    void navigate(slug ? `/events/${slug}` : '/events');
  };
  if (!slug) {
    return (
      <article className="edit-page">
        <h1>{t('newTitle')}</h1>
        <EventForm onSaved={onSaved} onCancel={cancel} />
      </article>
    );
  }
  return (
    <QueryState query={edit} notFoundPage>
      {({ data: event, etag }) => (
        <article className="edit-page">
          <h1>{t('editTitle', { title: event.title ?? '' })}</h1>
          <EventForm
            key={etag}
            event={event}
            etag={etag}
            onSaved={onSaved}
            onCancel={cancel}
            onReload={() => {
              void edit.refetch();
            }}
          />
        </article>
      )}
    </QueryState>
  );
}

/** /events/new and /events/:slug/edit, for editors and admins. */
export default function EventEditRoute() {
  const { slug } = useParams();
  const auth = useAuth();
  if (auth.status === 'loading') return <Loading />;
  if (!auth.hasRole(Roles.editor) && !auth.hasRole(Roles.admin)) {
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
