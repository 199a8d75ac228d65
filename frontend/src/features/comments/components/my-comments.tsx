import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { apiPage, Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { SafeHtml } from '@/components/ui/safe-html';
import { formatDateTime } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';
import { SubmissionError, useEraseMine, useMyComments } from '@/features/comments/api/comments';
import { strings } from '@/features/comments/strings';
import '@/features/comments/comments.css';

/**
 * A signed-in member's comments (GET /api/v1/me/comments), published or not, and erasing them
 * all (DELETE, after a confirmation). Erased comments leave the list: they stay in their thread
 * without name or text, and no longer belong to the account.
 */
export function MyComments() {
  const { t, i18n } = useFeatureTranslation('comments', strings);
  const [params] = useSearchParams();
  const page = apiPage(params);
  const comments = useMyComments(page, true);
  const erase = useEraseMine();
  const [confirming, setConfirming] = useState(false);
  const status = useRef<HTMLDivElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const total = comments.data?.totalItems ?? 0;

  let message: { text: string; ok: boolean } | undefined;
  if (erase.data)
    message = { text: t('mine.erased', { count: erase.data.comments ?? 0 }), ok: true };
  else if (erase.error)
    message = {
      text:
        erase.error instanceof SubmissionError
          ? t('mine.failed', { status: erase.error.status })
          : t('result.network'),
      ok: false,
    };

  return (
    <>
      <p>
        {t('mine.intro')} <Link to="/comments/erasure">{t('mine.byEmail')}</Link>.
      </p>
      <div
        ref={status}
        tabIndex={-1}
        role="status"
        className={message ? `form-status form-status--${message.ok ? 'ok' : 'error'}` : undefined}
      >
        {message?.text}
      </div>
      <QueryState query={comments} empty={t('mine.empty')}>
        {(data) => (
          <>
            {confirming ? (
              <div className="warning" role="group" aria-labelledby="erase-confirm">
                <p id="erase-confirm">{t('mine.eraseConfirm', { count: total })}</p>
                <p className="form-actions">
                  <button
                    ref={confirmButton}
                    type="button"
                    className="button"
                    disabled={erase.isPending}
                    onClick={() => {
                      erase.mutate(undefined, {
                        onSettled: () => {
                          setConfirming(false);
                          requestAnimationFrame(() => {
                            status.current?.focus();
                          });
                        },
                      });
                    }}
                  >
                    {erase.isPending ? t('mine.erasing') : t('mine.eraseYes')}
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setConfirming(false);
                    }}
                  >
                    {t('mine.eraseNo')}
                  </button>
                </p>
              </div>
            ) : (
              <p className="page-actions">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setConfirming(true);
                    requestAnimationFrame(() => {
                      confirmButton.current?.focus();
                    });
                  }}
                >
                  {t('mine.eraseAll')}
                </button>
              </p>
            )}
            <ol className="my-comments">
              {(data.items ?? []).map((comment) => {
                const place = comment.note
                  ? {
                      label: t('mine.onNote'),
                      to: `/notes/${comment.note.slug ?? ''}`,
                      title: comment.note.title,
                    }
                  : {
                      label: t('mine.onCoalition'),
                      to: `/coalitions/${comment.coalition?.slug ?? ''}`,
                      title: `#${comment.coalition?.number ?? ''} ${comment.coalition?.title ?? ''}`,
                    };
                return (
                  <li key={comment.id}>
                    <article className="comment" aria-labelledby={`mine-${comment.id ?? 0}`}>
                      <p className="comment__meta" id={`mine-${comment.id ?? 0}`}>
                        <span>
                          {place.label} <Link to={place.to}>{place.title}</Link>
                          {comment.parentId ? ` (${t('mine.reply')})` : ''}
                        </span>
                        <time className="muted" dateTime={comment.createdAt}>
                          {formatDateTime(comment.createdAt, i18n.language)}
                        </time>
                        <span className={comment.published ? 'badge' : 'badge badge--sample'}>
                          {comment.published ? t('mine.published') : t('mine.notPublished')}
                        </span>
                      </p>
                      <SafeHtml
                        className="comment__body"
                        html={comment.bodyHtml}
                        profile="comment"
                      />
                    </article>
                  </li>
                );
              })}
            </ol>
            <Pagination page={page} totalPages={data.totalPages ?? 0} />
          </>
        )}
      </QueryState>
    </>
  );
}
