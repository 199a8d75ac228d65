import { useEffect, useRef, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { zCommitmentDecision } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { Pagination } from '@/components/ui/pagination';
import { QueryState } from '@/components/ui/query-state';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';
import { useCommitmentRequests, useDecideCommitment } from '@/features/commitments/api/commitments';
import { CommitmentHistory } from '@/features/commitments/components/commitment-history';
import { strings } from '@/features/commitments/strings';
import { CoalitionRefLabel } from '@/components/domain/coalition-ref';

type Verdict = Schemas['Verdict'];

function Request({
  request,
  onDecided,
}: {
  request: Schemas['CommitmentRequest'];
  onDecided: (message: string) => void;
}) {
  const { t, i18n } = useFeatureTranslation('commitments', strings);
  const { t: tApp } = useTranslation();
  const decide = useDecideCommitment();
  const form = useApiForm(zCommitmentDecision, {
    defaultValues: { decision: 'CONFIRM', note: '' },
  });
  const coalition = request.coalition ?? {};
  const membership = request.membership ?? {};
  const actor = membership.actor ?? {};
  const actorName = actor.name ?? actor.slug ?? '';
  const key = { slug: coalition.slug ?? '', actorSlug: actor.slug ?? '' };
  const headingId = `request-${key.slug}-${key.actorSlug}-title`;

  const send = (verdict: Verdict) => {
    form.setValue('decision', verdict);
    void form.submitWith(async (decision) => {
      await decide.mutateAsync({ ...key, decision });
      const values = { actor: actorName, number: coalition.number ?? '' };
      onDecided(verdict === 'CONFIRM' ? t('confirmed', values) : t('declined', values));
    })();
  };

  return (
    <article className="card request" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {actorName} — <CoalitionRefLabel coalition={coalition} />
      </h2>
      <p className="card__meta">
        {membership.role && (
          <span className={`role role--${membership.role.toLowerCase()}`}>
            {tApp(`role.${membership.role}`)}
          </span>
        )}{' '}
        <span>{t('proposedOn', { date: formatDate(membership.createdAt, i18n.language) })}</span>
      </p>
      <p>
        <Link to={`/actors/${key.actorSlug}`}>{actorName}</Link> ·{' '}
        <Link to={`/coalitions/${key.slug}`}>
          {tApp('common.coalitionNumber', { number: coalition.number })}
        </Link>
      </p>
      {membership.commitment && (
        <blockquote className="request__commitment">
          <p>
            {tApp('common.labelValue', {
              label: tApp('members.commitment'),
              value: membership.commitment,
            })}
          </p>
        </blockquote>
      )}
      <CommitmentHistory membership={key} actorName={actorName} number={coalition.number} />
      <FormProvider {...form}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            send('CONFIRM');
          }}
        >
          <ProblemView error={form.problem} />
          <TextInput name="note" label={t('note')} hint={t('noteHint')} multiline rows={2} />
          <div className="form-actions">
            <button type="submit" className="button" disabled={decide.isPending}>
              {t('confirm')}{' '}
              <span className="visually-hidden">{t('requestOf', { actor: actorName })}</span>
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={decide.isPending}
              onClick={() => {
                send('DECLINE');
              }}
            >
              {t('decline')}{' '}
              <span className="visually-hidden">{t('requestOf', { actor: actorName })}</span>
            </button>
          </div>
        </form>
      </FormProvider>
    </article>
  );
}

/**
 * The coordinators' inbox: pending requests of the coalitions they coordinate or pilot (all for
 * admins), each with its history and a decision (confirm or decline, with a note). The result is
 * announced, and the focus moves to it since the decided request leaves the list.
 */
export function RequestInbox({ page }: { page: number }) {
  const { t } = useFeatureTranslation('commitments', strings);
  const requests = useCommitmentRequests(page);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) statusRef.current?.focus();
  }, [message]);
  return (
    <>
      <div role="status" aria-live="polite" ref={statusRef} tabIndex={-1}>
        {message && <p className="form-status form-status--ok">{message}</p>}
      </div>
      <QueryState query={requests} empty={t('inboxEmpty')}>
        {(data) => (
          <>
            <p className="results-count">{t('inboxCount', { count: data.totalItems ?? 0 })}</p>
            <ul className="card-list">
              {(data.items ?? []).map((request) => (
                <li
                  key={`${request.coalition?.slug ?? ''}/${request.membership?.actor?.slug ?? ''}`}
                >
                  <Request request={request} onDecided={setMessage} />
                </li>
              ))}
            </ul>
            <Pagination page={data.page ?? 0} totalPages={data.totalPages ?? 0} />
          </>
        )}
      </QueryState>
    </>
  );
}
