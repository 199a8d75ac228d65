import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { apiPage, Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useNotes } from '@/features/notes/api/notes';
import { NoteList } from '@/features/notes/components/note-list';
import { useApiUrl } from '@/lib/api-url';
import { Roles, useAuth } from '@/lib/auth';

export default function NotesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('notes.title'));
  const [params] = useSearchParams();
  const notes = useNotes({ page: apiPage(params) });
  const auth = useAuth();
  const canEdit = auth.hasRole(Roles.editor) || auth.hasRole(Roles.admin);
  const feed = useApiUrl('/api/v1/feeds/notes.atom');
  return (
    <>
      <link
        rel="alternate"
        type="application/atom+xml"
        title={t('openData.notesFeed')}
        href={feed}
      />
      <h1>{t('notes.title')}</h1>
      <p className="feed-link">
        <a href={feed} type="application/atom+xml">
          {t('openData.notesFeed')}
        </a>
      </p>
      {canEdit && (
        <p className="page-actions">
          <Link className="button" to="/notes/new">
            {t('noteForm.newTitle')}
          </Link>
        </p>
      )}
      <QueryState query={notes} empty={t('notes.empty')}>
        {(page) => (
          <>
            <NoteList notes={page.items ?? []} headingLevel={2} />
            <Pagination page={page.page ?? 0} totalPages={page.totalPages ?? 0} />
          </>
        )}
      </QueryState>
    </>
  );
}
