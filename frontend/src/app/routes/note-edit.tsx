import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { NotAllowed } from '@/components/ui/form';
import { Loading, QueryState } from '@/components/ui/query-state';
import { SafeHtml } from '@/components/ui/safe-html';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { Roles, useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useNoteForEdit } from '@/features/notes/api/note-edit';
import { NoteForm } from '@/features/notes/components/note-form';
import { strings } from '@/features/notes/edit-strings';

/** The saved version as the API renders it: the true preview of the Markdown. */
function SavedRendering({ html }: { html: string }) {
  const { t } = useFeatureTranslation('noteEdit', strings);
  return (
    <section className="preview" aria-labelledby="saved-rendering">
      <h2 id="saved-rendering">{t('savedRendering')}</h2>
      {/* Rendered from Markdown and sanitised by the API, sanitised again by SafeHtml. */}
      <SafeHtml className="prose" html={html} profile="note" />
    </section>
  );
}

function Editor({ slug }: { slug: string | undefined }) {
  const { t } = useFeatureTranslation('noteEdit', strings);
  const navigate = useNavigate();
  const location = useLocation();
  const justSaved = (location.state as { saved?: boolean } | null)?.saved === true;
  const edit = useNoteForEdit(slug);
  useDocumentTitle(slug ? t('editTitle', { title: edit.data?.data.title ?? slug }) : t('newTitle'));
  const onSaved = (saved: { slug?: string }) => {
    // Stay on the form, showing the API's rendering of what was saved.
    void navigate(`/notes/${saved.slug ?? ''}/edit`, { replace: true, state: { saved: true } });
  };
  const cancel = () => {
    void navigate(slug ? `/notes/${slug}` : '/notes');
  };
  if (!slug) {
    return (
      <article className="edit-page">
        <h1>{t('newTitle')}</h1>
        <NoteForm onSaved={onSaved} onCancel={cancel} />
      </article>
    );
  }
  return (
    <QueryState query={edit} notFoundPage>
      {({ data: note, etag }) => (
        <article className="edit-page">
          <header className="page-header">
            <h1>{t('editTitle', { title: note.title ?? '' })}</h1>
            {justSaved && (
              <p className="form-status form-status--ok" role="status">
                {t('saved')}{' '}
                {note.status === 'PUBLISHED' && (
                  <Link to={`/notes/${note.slug ?? ''}`}>{t('see')}</Link>
                )}
              </p>
            )}
          </header>
          <NoteForm
            key={etag}
            note={note}
            etag={etag}
            onSaved={onSaved}
            onCancel={cancel}
            onReload={() => {
              void edit.refetch();
            }}
          />
          {note.bodyHtml && <SavedRendering html={note.bodyHtml} />}
        </article>
      )}
    </QueryState>
  );
}

/** /notes/new and /notes/:slug/edit, for editors and admins. */
export default function NoteEditRoute() {
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
