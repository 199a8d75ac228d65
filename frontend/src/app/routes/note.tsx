import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading, QueryState } from '@/components/ui/query-state';
import { SafeHtml } from '@/components/ui/safe-html';
import { SampleBadge } from '@/components/ui/sample-badge';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { WhenVisible } from '@/components/ui/when-visible';
import { Roles, useAuth } from '@/lib/auth';
import { useContentLang } from '@/lib/content-lang';
import { formatDate } from '@/lib/format';
import { useNote } from '@/features/notes/api/notes';
import { CoalitionRefLabel, EventRefTitle } from '@/components/domain/coalition-ref';
import { HistoryPanel } from '@/features/history/components/history-panel';

// The comments (thread, form, strings) load with their own chunk, once the reader gets near them.
const CommentSection = lazy(() => import('@/features/comments/components/comment-section'));

export default function NoteRoute() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const note = useNote(slug);
  const langOf = useContentLang();
  const auth = useAuth();
  const canEdit = auth.hasRole(Roles.editor) || auth.hasRole(Roles.admin);
  useDocumentTitle(note.data?.title);
  return (
    <QueryState query={note} notFoundPage>
      {(note) => (
        <article className="note">
          <header className="page-header">
            <h1>
              <span {...langOf(note.languages, 'title')}>{note.title}</span>{' '}
              <SampleBadge sample={note.sample} />
            </h1>
            <p className="card__meta">
              {note.publishedAt && (
                <span>
                  {t('notes.publishedOn', { date: formatDate(note.publishedAt, i18n.language) })}
                </span>
              )}
              {note.authors && note.authors.length > 0 && (
                <span>
                  {t('notes.by', { authors: note.authors.map((a) => a.fullName).join(', ') })}
                </span>
              )}
            </p>
            {canEdit && (
              <p className="page-actions">
                <Link className="button" to={`/notes/${slug}/edit`}>
                  {t('noteForm.editLink')}
                </Link>
              </p>
            )}
            {note.event && (
              <p>
                {t('common.labelValue', { label: t('notes.event'), value: '' })}
                <Link to={`/events/${note.event.slug ?? ''}`}>
                  <EventRefTitle event={note.event} />
                </Link>
              </p>
            )}
          </header>
          {/* Rendered from Markdown and sanitised by the API, sanitised again by SafeHtml. */}
          <SafeHtml
            className="prose"
            html={note.bodyHtml}
            profile="note"
            {...langOf(note.languages, 'body')}
          />
          {note.coalitions && note.coalitions.length > 0 && (
            <footer>
              <h2 className="small-heading">{t('notes.about')}</h2>
              <ul>
                {note.coalitions.map((coalition) => (
                  <li key={coalition.slug}>
                    <Link to={`/coalitions/${coalition.slug ?? ''}`}>
                      <CoalitionRefLabel coalition={coalition} />
                    </Link>
                  </li>
                ))}
              </ul>
            </footer>
          )}
          <WhenVisible>
            <Suspense fallback={<Loading />}>
              <CommentSection target={{ kind: 'notes', slug }} open={note.commentsOpen !== false} />
            </Suspense>
          </WhenVisible>
          <HistoryPanel path="/api/v1/notes/{slug}/history" slug={slug} />
        </article>
      )}
    </QueryState>
  );
}
