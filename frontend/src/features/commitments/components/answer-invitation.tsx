import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { zInvitationAnswer } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useFeatureTranslation } from '@/lib/i18n';
import { useAnswerInvitation } from '@/features/commitments/api/commitments';
import { strings } from '@/features/commitments/strings';
import { CoalitionRefLabel } from '@/components/domain/coalition-ref';

type Answer = Schemas['InvitationAnswer']['answer'];

/**
 * An invitation of a coalition's coordinators to one of the caller's actors: what is offered,
 * and the answer (accept, with the commitment the actor can hold, or refuse, with a note),
 * validated by the contract's `InvitationAnswer`; a refusal of the API by `ProblemView`.
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
  const form = useApiForm(zInvitationAnswer, {
    defaultValues: { answer: 'ACCEPT', commitment: invitation.commitment ?? '', note: '' },
  });
  const coalition = invitation.coalition ?? {};
  const actorName = actor.name ?? actor.slug ?? '';
  const key = { slug: coalition.slug ?? '', actorSlug: actor.slug ?? '' };
  const idPrefix = `invitation-${key.slug}-${key.actorSlug}`;
  const what = t('invitationOf', { actor: actorName, number: coalition.number ?? '' });

  const send = (verdict: Answer) => {
    form.setValue('answer', verdict);
    void form.submitWith(async (values) => {
      await answer.mutateAsync({
        ...key,
        answer: {
          answer: verdict,
          // A refusal carries no commitment.
          commitment: verdict === 'ACCEPT' ? values.commitment : undefined,
          note: values.note,
        },
      });
      const done = { actor: actorName, number: coalition.number ?? '' };
      onAnswered(verdict === 'ACCEPT' ? t('accepted', done) : t('refused', done));
    })();
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
      <FormProvider {...form}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            send('ACCEPT');
          }}
        >
          <ProblemView error={form.problem} />
          <TextInput
            name="commitment"
            label={t('commitment')}
            hint={t('answerCommitmentHint')}
            multiline
            rows={2}
          />
          <TextInput name="note" label={t('answerNote')} multiline rows={2} />
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
