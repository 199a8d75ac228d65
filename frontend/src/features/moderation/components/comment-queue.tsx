import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import { SafeHtml } from '@/components/ui/safe-html';
import type { Schemas } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';
import { safeUrl } from '@/lib/safe-url';
import {
  useCommentQueue,
  useDecideComments,
  type Queue,
} from '@/features/moderation/api/moderation';
import { DecisionStatus } from '@/features/moderation/components/decision-status';
import { Screening } from '@/features/moderation/components/screening';
import { strings } from '@/features/moderation/strings';
import { CoalitionRefLabel } from '@/components/domain/coalition-ref';

type Action = Schemas['CommentAction'];
const ACTIONS: readonly Action[] = ['APPROVE', 'SPAM', 'TRASH'];

function Where({ comment }: { comment: Schemas['ModeratedComment'] }) {
  const { t } = useFeatureTranslation('moderation', strings);
  if (comment.note) {
    return (
      <>
        {t('onNote')} <Link to={`/notes/${comment.note.slug ?? ''}`}>{comment.note.title}</Link>
      </>
    );
  }
  if (comment.coalition) {
    return (
      <>
        {t('onCoalition')}{' '}
        <Link to={`/coalitions/${comment.coalition.slug ?? ''}`}>
          <CoalitionRefLabel coalition={comment.coalition} />
        </Link>
      </>
    );
  }
  return null;
}

/**
 * A queue of comments for moderators: each comment with its author's e-mail, where it was
 * posted, the anti-spam decisions and the open reports; approve, spam or trash one comment or a
 * selection, with a reason kept with the decision.
 */
export function CommentQueue({ queue, page }: { queue: Queue; page: number }) {
  const { t, i18n } = useFeatureTranslation('moderation', strings);
  const comments = useCommentQueue(queue, page);
  const decide = useDecideComments();
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [reasons, setReasons] = useState<Readonly<Record<number, string>>>({});
  const [bulkReason, setBulkReason] = useState('');
  const [done, setDone] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const status = useRef<HTMLDivElement>(null);
  const items = comments.data?.items ?? [];

  const focusStatus = () => {
    requestAnimationFrame(() => {
      status.current?.focus();
    });
  };
  const apply = (ids: number[], action: Action, reason: string) => {
    setDone(undefined);
    if (ids.length === 0) {
      setProblem(t('noSelection'));
      focusStatus();
      return;
    }
    setProblem(undefined);
    decide.mutate(
      { ids, action, reason: reason.trim() || undefined },
      {
        onSuccess: (result) => {
          setDone(t(`commentDone.${action}`, { count: result.ids?.length ?? ids.length }));
          setSelected((current) => new Set([...current].filter((id) => !ids.includes(id))));
          setBulkReason('');
        },
        onSettled: focusStatus,
      },
    );
  };
  const toggle = (id: number, on: boolean) => {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  };
  const allSelected = items.length > 0 && items.every((item) => selected.has(item.id ?? 0));

  return (
    <>
      <DecisionStatus ref={status} done={done} error={decide.error} problem={problem} />
      <QueryState query={comments} empty={t(`empty.${queue}`)}>
        {(data) => (
          <>
            <p className="muted">{t('total', { count: data.totalItems ?? 0 })}</p>
            <fieldset className="inline-form moderation__bulk">
              <legend>{t('bulk')}</legend>
              <div className="checkbox">
                <input
                  id="select-all-comments"
                  type="checkbox"
                  checked={allSelected}
                  onChange={(event) => {
                    setSelected(
                      event.target.checked ? new Set(items.map((item) => item.id ?? 0)) : new Set(),
                    );
                  }}
                />
                <label htmlFor="select-all-comments">{t('selectAll')}</label>
                <span className="muted">({t('selected', { count: selected.size })})</span>
              </div>
              <div className="field">
                <label htmlFor="bulk-comment-reason">{t('reason')}</label>
                <p className="hint" id="bulk-comment-reason-hint">
                  {t('reasonHint')}
                </p>
                <input
                  id="bulk-comment-reason"
                  type="text"
                  maxLength={500}
                  aria-describedby="bulk-comment-reason-hint"
                  value={bulkReason}
                  onChange={(event) => {
                    setBulkReason(event.target.value);
                  }}
                />
              </div>
              <p className="row-actions">
                {ACTIONS.map((action) => (
                  <button
                    key={action}
                    type="button"
                    className={action === 'APPROVE' ? 'button' : 'button button--secondary'}
                    disabled={decide.isPending}
                    onClick={() => {
                      apply([...selected], action, bulkReason);
                    }}
                  >
                    {t(`commentActionSelection.${action}`)}
                  </button>
                ))}
              </p>
            </fieldset>
            <ol className="moderation__items">
              {(data.items ?? []).map((comment) => {
                const id = comment.id ?? 0;
                const name = comment.authorName ?? '';
                const headingId = `moderated-comment-${id}`;
                const website = safeUrl(comment.website ?? '', ['http:', 'https:']);
                return (
                  <li key={id}>
                    <article className="moderated" aria-labelledby={headingId}>
                      <div className="checkbox moderated__select">
                        <input
                          id={`${headingId}-select`}
                          type="checkbox"
                          checked={selected.has(id)}
                          onChange={(event) => {
                            toggle(id, event.target.checked);
                          }}
                        />
                        <label htmlFor={`${headingId}-select`}>
                          {t('selectComment', { name })}
                        </label>
                      </div>
                      <h3 id={headingId}>
                        {name}{' '}
                        <span className="muted">
                          n° {id} · {t(`commentStatus.${comment.status ?? 'PENDING'}`)}
                        </span>
                      </h3>
                      <dl className="facts moderated__facts">
                        <dt>{t('email')}</dt>
                        <dd>{comment.email ?? '—'}</dd>
                        {website && (
                          <>
                            <dt>{t('website')}</dt>
                            <dd>
                              <a href={website} rel="nofollow ugc noopener">
                                {website}
                              </a>
                            </dd>
                          </>
                        )}
                        <dt>{t('postedOn')}</dt>
                        <dd>
                          <Where comment={comment} />
                          {comment.parentId ? ` (${t('replyTo', { id: comment.parentId })})` : ''}
                        </dd>
                        <dt>{t('received')}</dt>
                        <dd>{formatDateTime(comment.createdAt, i18n.language)}</dd>
                      </dl>
                      <p className="tags">
                        {comment.member && <span className="badge">{t('member')}</span>}
                        {comment.hidden && (
                          <span className="badge badge--sample">{t('hidden')}</span>
                        )}
                        {comment.erased && <span className="badge">{t('erased')}</span>}
                      </p>
                      <SafeHtml
                        className="moderated__body"
                        html={comment.bodyHtml}
                        profile="comment"
                      />
                      {comment.moderationReason && (
                        <p className="muted">
                          {t('moderationReason', { reason: comment.moderationReason })}
                        </p>
                      )}
                      <Screening
                        headingId={headingId}
                        decisions={comment.spamDecisions ?? []}
                        reports={comment.reports ?? []}
                      />
                      <fieldset className="moderated__decision">
                        <legend>{t('itemDecision')}</legend>
                        <div className="field">
                          <label htmlFor={`${headingId}-reason`}>{t('reason')}</label>
                          <input
                            id={`${headingId}-reason`}
                            type="text"
                            maxLength={500}
                            value={reasons[id] ?? ''}
                            onChange={(event) => {
                              setReasons((current) => ({ ...current, [id]: event.target.value }));
                            }}
                          />
                        </div>
                        <p className="row-actions">
                          {ACTIONS.map((action) => (
                            <button
                              key={action}
                              type="button"
                              className={
                                action === 'APPROVE' ? 'button' : 'button button--secondary'
                              }
                              aria-label={t(`commentActionOn.${action}`, { name })}
                              disabled={decide.isPending}
                              onClick={() => {
                                apply([id], action, reasons[id] ?? '');
                              }}
                            >
                              {t(`commentAction.${action}`)}
                            </button>
                          ))}
                        </p>
                      </fieldset>
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
