import { useEffect, useRef, useState } from 'react';
import { FormProvider, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { zCommitmentInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { SelectInput, TextInput, useFieldError } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import type { Schemas } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useProposeCommitment } from '@/features/commitments/api/commitments';
import { WithdrawButton } from '@/features/commitments/components/withdraw-button';
import { strings } from '@/features/commitments/strings';

type Role = 'CONTRIBUTOR' | 'ALLY' | 'FUNDER';
const roles: readonly Role[] = ['CONTRIBUTOR', 'ALLY', 'FUNDER'];

/** Statuses in which an actor is still engaged (or asking to be): they may withdraw. */
const active = new Set<Schemas['MembershipStatus'] | undefined>(['PROPOSED', 'CONFIRMED']);

/** The role offered (pilots are named by the coordinators), with what each means. */
function RoleInput() {
  const { t } = useFeatureTranslation('commitments', strings);
  const { register } = useFormContext();
  const error = useFieldError('role');
  return (
    <fieldset
      className={`field field--group${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? 'join-role-note join-role-error' : 'join-role-note'}
    >
      <legend>{t('role')}</legend>
      {roles.map((role) => (
        <div key={role} className="checkbox">
          <input id={`join-role-${role}`} type="radio" value={role} {...register('role')} />
          <label htmlFor={`join-role-${role}`}>{t(`roleHelp.${role}`)}</label>
        </div>
      ))}
      <p className="hint" id="join-role-note">
        {t('pilotNote')}
      </p>
      {error && (
        <p className="field__error" id="join-role-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * Proposes one of the member's actors (`POST …/commitments`) with a role and the commitment it
 * can hold, validated by the contract's `CommitmentInput`; a refusal by `ProblemView`.
 */
function JoinForm({
  slug,
  actors,
  onSent,
  onCancel,
}: {
  slug: string;
  actors: readonly Schemas['ActorSummary'][];
  onSent: (actor: Schemas['ActorSummary']) => void;
  onCancel: () => void;
}) {
  const { t } = useFeatureTranslation('commitments', strings);
  const propose = useProposeCommitment(slug);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useApiForm(zCommitmentInput, {
    defaultValues: { actor: actors[0]?.slug ?? '', role: 'CONTRIBUTOR', commitment: '' },
  });

  // The button that opened the form is gone: the focus goes to the form's first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('select, input, textarea')?.focus();
  }, []);

  const onSubmit = form.submitWith(async (values) => {
    await propose.mutateAsync({ ...values, commitment: values.commitment.trim() });
    const actor = actors.find((item) => item.slug === values.actor);
    if (actor) onSent(actor);
  });

  const busy = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        className="inline-form"
        noValidate
        onSubmit={(event) => void onSubmit(event)}
      >
        <ProblemView error={form.problem} />
        <SelectInput
          name="actor"
          label={t('actor')}
          options={actors.map((actor) => ({ value: actor.slug ?? '', label: actor.name ?? '' }))}
        />
        <RoleInput />
        <TextInput
          name="commitment"
          label={t('commitment')}
          hint={t('commitmentHint')}
          required
          multiline
          rows={3}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('sending') : t('submit')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}

/**
 * "Join this coalition" for a signed-in member who acts for actors (`GET /api/v1/me`): the state
 * of their actors' requests here, withdrawing one, and a form to propose another actor with a
 * role (contributor, ally, funder) and the commitment it can hold.
 */
export default function JoinCoalition({
  slug,
  members,
}: {
  slug: string;
  members: readonly Schemas['Membership'][];
}) {
  const { t } = useFeatureTranslation('commitments', strings);
  const { t: tApp } = useTranslation();
  const auth = useAuth();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const joinButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (message) statusRef.current?.focus();
  }, [message]);

  if (auth.status !== 'authenticated' || !auth.me) return null;
  const actors = auth.me.actors ?? [];
  const bySlug = new Map(members.map((member) => [member.actor?.slug, member]));
  const mine = actors.flatMap((actor) => {
    const membership = bySlug.get(actor.slug);
    return membership ? [{ actor, membership }] : [];
  });
  const eligible = actors.filter((actor) => !active.has(bySlug.get(actor.slug)?.status));

  return (
    <section className="join" aria-labelledby="join-title">
      <h3 id="join-title">{t('joinTitle')}</h3>
      <div role="status" aria-live="polite" ref={statusRef} tabIndex={-1}>
        {message && <p className="form-status form-status--ok">{message}</p>}
      </div>
      {actors.length === 0 ? (
        <p className="hint">{t('noActors')}</p>
      ) : (
        <>
          <p className="hint">{t('joinIntro')}</p>
          {mine.length > 0 && (
            <ul className="my-memberships" aria-label={t('yourActors')}>
              {mine.map(({ actor, membership }) => {
                const name = actor.name ?? actor.slug ?? '';
                const role = membership.role ? tApp(`role.${membership.role}`) : '';
                return (
                  <li key={actor.slug}>
                    <p>
                      {membership.status === 'PROPOSED'
                        ? t('pendingFor', { actor: name, role })
                        : t('statusFor', {
                            actor: name,
                            role,
                            status: membership.status
                              ? tApp(`membershipStatus.${membership.status}`).toLowerCase()
                              : '',
                          })}
                    </p>
                    {active.has(membership.status) && (
                      <WithdrawButton
                        membership={{ slug, actorSlug: actor.slug ?? '' }}
                        actorName={name}
                        pending={membership.status === 'PROPOSED'}
                        onWithdrawn={() => {
                          setMessage(t('withdrawn', { actor: name }));
                        }}
                      />
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {eligible.length === 0 ? (
            <p>{t('allEngaged')}</p>
          ) : open ? (
            <JoinForm
              slug={slug}
              actors={eligible}
              onSent={(actor) => {
                setOpen(false);
                setMessage(t('sent', { actor: actor.name ?? actor.slug ?? '' }));
              }}
              onCancel={() => {
                setOpen(false);
                requestAnimationFrame(() => joinButton.current?.focus());
              }}
            />
          ) : (
            <p>
              <button
                ref={joinButton}
                type="button"
                className="button"
                onClick={() => {
                  setMessage(null);
                  setOpen(true);
                }}
              >
                {t('join')}
              </button>
            </p>
          )}
          <p>
            <Link to="/my-commitments">{t('seeMine')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
