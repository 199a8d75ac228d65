import { useEffect, useRef, useState } from 'react';
import { QueryState } from '@/components/ui/query-state';
import { SafeHtml } from '@/components/ui/safe-html';
import type { Schemas } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';
import { safeUrl } from '@/lib/safe-url';
import { useComments, type CommentTarget } from '@/features/comments/api/comments';
import { CommentForm } from '@/features/comments/components/comment-form';
import { ReportForm } from '@/features/comments/components/report-form';
import { strings } from '@/features/comments/strings';
import '@/features/comments/comments.css';

type Comment = Schemas['Comment'];

interface Announcement {
  text: string;
  tone: 'ok' | 'info' | 'error';
}

/** A message that takes the focus when it appears (after an action), and is announced. */
function FocusedStatus({ text }: { text: string }) {
  const element = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    element.current?.focus();
  }, []);
  return (
    <p ref={element} className="form-status form-status--ok" role="status" tabIndex={-1}>
      {text}
    </p>
  );
}

function Author({ comment }: { comment: Comment }) {
  const { t } = useFeatureTranslation('comments', strings);
  const name = comment.authorName ?? '';
  const website = comment.erased
    ? undefined
    : safeUrl(comment.authorWebsite ?? '', ['http:', 'https:']);
  return (
    <>
      <span className="comment__author">
        {website ? (
          <a href={website} rel="nofollow ugc noopener" title={t('comment.website', { name })}>
            {name}
          </a>
        ) : (
          name
        )}
      </span>
      {comment.member && !comment.erased && (
        <span className="badge comment__badge">{t('comment.member')}</span>
      )}
    </>
  );
}

interface ItemProps {
  comment: Comment;
  /** Top-level comments take replies when comments are open. */
  canReply: boolean;
  onReply?: () => void;
  reporting: boolean;
  reported: string | undefined;
  onReport: () => void;
  onReportDone: (message: string) => void;
  onReportCancel: () => void;
}

function CommentItem({
  comment,
  canReply,
  onReply,
  reporting,
  reported,
  onReport,
  onReportDone,
  onReportCancel,
}: ItemProps) {
  const { t, i18n } = useFeatureTranslation('comments', strings);
  const id = comment.id ?? 0;
  const name = comment.authorName ?? '';
  return (
    <article className="comment" aria-labelledby={`comment-${id}-meta`} id={`comment-${id}`}>
      <p className="comment__meta" id={`comment-${id}-meta`}>
        <Author comment={comment} />{' '}
        <time className="muted" dateTime={comment.createdAt}>
          {t('comment.on', { date: formatDateTime(comment.createdAt, i18n.language) })}
        </time>
      </p>
      {comment.erased ? (
        <p className="comment__body muted">{t('comment.erased')}</p>
      ) : (
        <SafeHtml className="comment__body" html={comment.bodyHtml} profile="comment" />
      )}
      <p className="row-actions comment__actions">
        {canReply && onReply && (
          <button
            type="button"
            className="link-button"
            aria-label={t('comment.replyTo', { name })}
            onClick={onReply}
          >
            {t('comment.reply')}
          </button>
        )}
        {!comment.erased && !reported && (
          <button
            type="button"
            className="link-button"
            aria-label={t('comment.reportComment', { name })}
            aria-expanded={reporting}
            onClick={onReport}
          >
            {t('comment.report')}
          </button>
        )}
      </p>
      {reported && <FocusedStatus text={reported} />}
      {reporting && !reported && (
        <ReportForm
          commentId={id}
          authorName={name}
          onDone={onReportDone}
          onCancel={onReportCancel}
        />
      )}
    </article>
  );
}

interface CommentSectionProps {
  target: CommentTarget;
  /** Whether the page takes new comments (notes: `commentsOpen`). */
  open: boolean;
}

/**
 * The comments of a note or a coalition: approved comments, oldest first, with their replies
 * (one level), each with a report action; the comment form when comments are open, and replies
 * under the comment answered. Results of a submission are announced in a live region.
 */
export default function CommentSection({ target, open }: CommentSectionProps) {
  const { t } = useFeatureTranslation('comments', strings);
  const comments = useComments(target);
  const [closedNow, setClosedNow] = useState(false);
  const [replyTo, setReplyTo] = useState<number | null>(null);
  const [reportOf, setReportOf] = useState<number | null>(null);
  const [reported, setReported] = useState<ReadonlyMap<number, string>>(new Map());
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const live = useRef<HTMLDivElement>(null);
  const accepting = open && !closedNow;

  const announce = (text: string, tone: Announcement['tone']) => {
    setAnnouncement({ text, tone });
    requestAnimationFrame(() => {
      live.current?.focus();
    });
  };
  const onPosted = (receipt: Schemas['SubmissionReceipt']) => {
    setReplyTo(null);
    if (receipt.status === 'APPROVED') announce(t('result.approved'), 'ok');
    else if (receipt.status === 'SPAM') announce(t('result.spam'), 'error');
    else announce(t('result.pending'), 'info');
  };
  const onClosed = () => {
    setClosedNow(true);
    setReplyTo(null);
    announce(t('result.closed'), 'error');
  };
  const focusReplyButton = (id: number) => {
    requestAnimationFrame(() => {
      document
        .getElementById(`comment-${id}`)
        ?.querySelector<HTMLButtonElement>('.comment__actions button')
        ?.focus();
    });
  };

  const item = (comment: Comment, canReply: boolean) => {
    const id = comment.id ?? 0;
    return (
      <CommentItem
        comment={comment}
        canReply={canReply}
        onReply={() => {
          setReplyTo(id);
        }}
        reporting={reportOf === id}
        reported={reported.get(id)}
        onReport={() => {
          setReportOf(reportOf === id ? null : id);
        }}
        onReportDone={(message) => {
          setReportOf(null);
          setReported((current) => new Map(current).set(id, message));
        }}
        onReportCancel={() => {
          setReportOf(null);
          focusReplyButton(id);
        }}
      />
    );
  };

  return (
    <section className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('section.title')}</h2>
      <QueryState
        query={comments}
        isEmpty={(data) => (data.pages[0]?.totalItems ?? 0) === 0}
        empty={t('section.empty')}
      >
        {(data) => (
          <>
            <ol className="comment-list">
              {data.pages
                .flatMap((page) => page.items ?? [])
                .map((comment) => (
                  <li key={comment.id}>
                    {item(comment, accepting)}
                    {(comment.replies ?? []).length > 0 && (
                      <ol
                        className="comment-list comment-list--replies"
                        aria-label={t('comment.repliesTitle', { name: comment.authorName ?? '' })}
                      >
                        {(comment.replies ?? []).map((reply) => (
                          <li key={reply.id}>{item(reply, false)}</li>
                        ))}
                      </ol>
                    )}
                    {accepting && replyTo === comment.id && (
                      <div className="comment-list--replies">
                        <CommentForm
                          target={target}
                          parent={{ id: comment.id ?? 0, authorName: comment.authorName ?? '' }}
                          onPosted={onPosted}
                          onClosed={onClosed}
                          onCancel={() => {
                            setReplyTo(null);
                            focusReplyButton(comment.id ?? 0);
                          }}
                        />
                      </div>
                    )}
                  </li>
                ))}
            </ol>
            {comments.hasNextPage && (
              <p>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={comments.isFetchingNextPage}
                  onClick={() => {
                    void comments.fetchNextPage();
                  }}
                >
                  {t('section.loadMore')}
                </button>
              </p>
            )}
          </>
        )}
      </QueryState>
      <div
        ref={live}
        className={
          announcement ? `form-status form-status--${announcement.tone}` : 'comments__live'
        }
        role="status"
        aria-live="polite"
        tabIndex={-1}
      >
        {announcement?.text}
      </div>
      {accepting ? (
        <CommentForm target={target} onPosted={onPosted} onClosed={onClosed} />
      ) : (
        <p className="state state--empty">{t('section.closed')}</p>
      )}
    </section>
  );
}
