import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormProvider, FormStatus, TextField } from '@/components/ui/form';
import type { Schemas } from '@/lib/api-client';
import { collectErrors, optional, serverFieldErrors, useTouched } from '@/lib/form';
import { formatDate } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';
import { useAnswerInvitation } from '@/features/commitments/api/commitments';
import { strings } from '@/features/commitments/strings';
import { CoalitionRefLabel } from '@/components/domain/coalition-ref';

type Answer = Schemas['InvitationAnswer']['answer'];

/**
 * An invitation of a coalition's coordinators to one of the caller's actors: what is offered,
 * and the answer (accept, with the commitment the actor can hold, or refuse, with a note).
 */
export function AnswerInvitation({
  actor,
  invitation,
  onAnswered,
}: {
  actor: Schemas['ActorSummary'];
  invitation: Schemas['ActorMembership'];
  onAnswered: (message: string) => void;
}) {
  const { t, i18n } = useFeatureTranslation('commitments', strings);
  const { t: tApp } = useTranslation();
  const answer = useAnswerInvitation();
  const touched = useTouched();
  const [commitment, setCommitment] = useState(invitation.commitment ?? '');
  const [note, setNote] = useState('');
  const coalition = invitation.coalition ?? {};
  const actorName = actor.name ?? actor.slug ?? '';
  const key = { slug: coalition.slug ?? '', actorSlug: actor.slug ?? '' };
  const idPrefix = `invitation-${key.slug}-${key.actorSlug}`;
  const { errors, check } = collectErrors();
  check('commitment', commitment, { max: 2000 });
  check('note', note, { max: 1000 });
  const invalidCount = Object.keys(errors).length;
  const what = t('invitationOf', { actor: actorName, number: coalition.number ?? '' });

  const send = (verdict: Answer) => {
    touched.setSubmitted(true);
    if (invalidCount > 0) return;
    answer.mutate(
      {
        ...key,
        answer: {
          answer: verdict,
          commitment: verdict === 'ACCEPT' ? optional(commitment) : undefined,
          note: optional(note),
        },
      },
      {
        onSuccess: () => {
          const values = { actor: actorName, number: coalition.number ?? '' };
          onAnswered(verdict === 'ACCEPT' ? t('accepted', values) : t('refused', values));
        },
      },
    );
  };

  return (
    <article className="card request" aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`} className="card__title">
        {t('invitationTitle', { actor: actorName })}{' '}
        <Link to={`/coalitions/${key.slug}`}>
          <CoalitionRefLabel coalition={coalition} />
        </Link>
      </h3>
      <p className="card__meta">
        {invitation.role && (
          <span className={`role role--${invitation.role.toLowerCase()}`}>
            {tApp(`role.${invitation.role}`)}
          </span>
        )}{' '}
        <span>{t('invitedOn', { date: formatDate(invitation.createdAt, i18n.language) })}</span>
      </p>
      <FormProvider
        value={{
          idPrefix,
          clientErrors: errors,
          serverErrors: serverFieldErrors(answer.error),
          shows: touched.shows,
          touch: touched.touch,
        }}
      >
        <form
          noValidate
          onSubmit={(event: SubmitEvent) => {
            event.preventDefault();
            send('ACCEPT');
          }}
        >
          <FormStatus error={answer.error} invalidCount={touched.submitted ? invalidCount : 0} />
          <TextField
            path="commitment"
            label={t('commitment')}
            hint={t('answerCommitmentHint')}
            value={commitment}
            multiline
            rows={2}
            onChange={setCommitment}
          />
          <TextField
            path="note"
            label={t('answerNote')}
            value={note}
            multiline
            rows={2}
            onChange={setNote}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={answer.isPending}>
              {t('accept')} <span className="visually-hidden">{what}</span>
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={answer.isPending}
              onClick={() => {
                send('REFUSE');
              }}
            >
              {t('refuse')} <span className="visually-hidden">{what}</span>
            </button>
          </div>
        </form>
      </FormProvider>
    </article>
  );
}
