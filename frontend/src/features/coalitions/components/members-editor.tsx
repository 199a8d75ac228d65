import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProvider, FormStatus, SelectField, TextField } from '@/components/ui/form';
import type { Schemas } from '@/lib/api-client';
import { collectErrors, optional, serverFieldErrors, useTouched } from '@/lib/form';
import {
  useActorChoices,
  useAddMember,
  useMembershipForEdit,
  useRemoveMember,
  useUpdateMember,
} from '@/features/coalitions/api/coalition-edit';

type Role = Schemas['MembershipRole'];
type Status = Schemas['MembershipStatus'];
const roles: readonly Role[] = ['PILOT', 'CONTRIBUTOR', 'ALLY', 'FUNDER'];
const statuses: readonly Status[] = ['PROPOSED', 'INVITED', 'CONFIRMED', 'DECLINED', 'WITHDRAWN'];

function useOptions() {
  const { t } = useTranslation();
  return {
    roleOptions: roles.map((role) => ({ value: role, label: t(`role.${role}`) })),
    statusOptions: statuses.map((status) => ({
      value: status,
      label: t(`membershipStatus.${status}`),
    })),
  };
}

/** Changes one member's role, status and commitment, with the ETag read when opened. */
function MemberEditForm({
  slug,
  member,
  onDone,
}: {
  slug: string;
  member: Schemas['Membership'];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const actorSlug = member.actor?.slug ?? '';
  const current = useMembershipForEdit(slug, actorSlug, true);
  const update = useUpdateMember(slug);
  const touched = useTouched();
  const { roleOptions, statusOptions } = useOptions();
  const [draft, setDraft] = useState({
    role: member.role ?? 'CONTRIBUTOR',
    status: member.status ?? 'PROPOSED',
    commitment: member.commitment ?? '',
  });
  const { errors, check } = collectErrors();
  check('commitment', draft.commitment, { max: 2000 });
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    touched.setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    update.mutate(
      {
        actorSlug,
        etag: current.data?.etag,
        input: { role: draft.role, status: draft.status, commitment: optional(draft.commitment) },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <FormProvider
      value={{
        idPrefix: `member-${actorSlug}`,
        clientErrors: errors,
        serverErrors: serverFieldErrors(update.error),
        shows: touched.shows,
        touch: touched.touch,
      }}
    >
      <form
        className="inline-form"
        noValidate
        onSubmit={onSubmit}
        aria-label={t('membersEditor.editOf', { name: member.actor?.name ?? '' })}
      >
        <FormStatus
          error={update.error}
          invalidCount={touched.submitted ? Object.keys(errors).length : 0}
          staleMessage={t('membersEditor.stale')}
          onReload={() => {
            update.reset();
            void current.refetch();
            onDone();
          }}
        />
        <div className="field-row">
          <SelectField
            path="role"
            label={t('members.role')}
            value={draft.role}
            options={roleOptions}
            onChange={(role) => {
              setDraft({ ...draft, role: role as Role });
            }}
          />
          <SelectField
            path="status"
            label={t('members.status')}
            value={draft.status}
            options={statusOptions}
            onChange={(status) => {
              setDraft({ ...draft, status: status as Status });
            }}
          />
        </div>
        <TextField
          path="commitment"
          label={t('members.commitment')}
          value={draft.commitment}
          multiline
          rows={2}
          onChange={(commitment) => {
            setDraft({ ...draft, commitment });
          }}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={update.isPending || current.isPending}>
            {t('form.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}

function AddMemberForm({ slug, members }: { slug: string; members: Schemas['Membership'][] }) {
  const { t } = useTranslation();
  const actors = useActorChoices();
  const add = useAddMember(slug);
  const touched = useTouched();
  const { roleOptions, statusOptions } = useOptions();
  const empty = {
    actor: '',
    role: 'CONTRIBUTOR' as Role,
    status: 'PROPOSED' as Status,
    commitment: '',
  };
  const [draft, setDraft] = useState(empty);
  const [saved, setSaved] = useState(false);
  const taken = new Set(members.map((member) => member.actor?.slug));
  const actorOptions = [
    { value: '', label: t('membersEditor.chooseActor') },
    ...(actors.data?.items ?? [])
      .filter((actor) => !taken.has(actor.slug))
      .map((actor) => ({ value: actor.slug ?? '', label: actor.name ?? '' })),
  ];
  const { errors, check } = collectErrors();
  check('actor', draft.actor, { required: true, slug: true });
  check('commitment', draft.commitment, { max: 2000 });
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    touched.setSubmitted(true);
    setSaved(false);
    if (Object.keys(errors).length > 0) return;
    add.mutate(
      {
        actor: draft.actor,
        role: draft.role,
        status: draft.status,
        commitment: optional(draft.commitment),
      },
      {
        onSuccess: () => {
          setDraft(empty);
          touched.reset();
          setSaved(true);
        },
      },
    );
  };
  return (
    <FormProvider
      value={{
        idPrefix: 'new-member',
        clientErrors: errors,
        serverErrors: serverFieldErrors(add.error),
        shows: touched.shows,
        touch: touched.touch,
      }}
    >
      <form className="inline-form" noValidate onSubmit={onSubmit} aria-labelledby="add-member">
        <h3 id="add-member">{t('membersEditor.add')}</h3>
        <FormStatus
          error={add.error}
          invalidCount={touched.submitted ? Object.keys(errors).length : 0}
          saved={saved}
        />
        <div className="field-row">
          <SelectField
            path="actor"
            label={t('members.actor')}
            value={draft.actor}
            options={actorOptions}
            required
            onChange={(actor) => {
              setDraft({ ...draft, actor });
            }}
          />
          <SelectField
            path="role"
            label={t('members.role')}
            value={draft.role}
            options={roleOptions}
            onChange={(role) => {
              setDraft({ ...draft, role: role as Role });
            }}
          />
          <SelectField
            path="status"
            label={t('members.status')}
            value={draft.status}
            options={statusOptions}
            onChange={(status) => {
              setDraft({ ...draft, status: status as Status });
            }}
          />
        </div>
        <TextField
          path="commitment"
          label={t('members.commitment')}
          value={draft.commitment}
          multiline
          rows={2}
          onChange={(commitment) => {
            setDraft({ ...draft, commitment });
          }}
        />
        <button type="submit" className="button" disabled={add.isPending}>
          {t('membersEditor.addSubmit')}
        </button>
      </form>
    </FormProvider>
  );
}

/** The members of a coalition with controls to engage an actor, change or remove a member. */
export function MembersEditor({
  slug,
  members,
}: {
  slug: string;
  members: Schemas['Membership'][];
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const remove = useRemoveMember(slug);
  return (
    <div className="members-editor">
      {remove.error ? <FormStatus error={remove.error} invalidCount={0} /> : null}
      {members.length === 0 ? (
        <p className="state state--empty">{t('coalition.noMembers')}</p>
      ) : (
        <ul className="member-rows">
          {members.map((member) => {
            const actorSlug = member.actor?.slug ?? '';
            const name = member.actor?.name ?? actorSlug;
            return (
              <li key={actorSlug} className="member-row">
                <p>
                  <strong>{name}</strong> · {member.role && t(`role.${member.role}`)} ·{' '}
                  {member.status && t(`membershipStatus.${member.status}`)}
                  {member.commitment && <span className="muted"> · {member.commitment}</span>}
                </p>
                {editing === actorSlug ? (
                  <MemberEditForm
                    slug={slug}
                    member={member}
                    onDone={() => {
                      setEditing(null);
                    }}
                  />
                ) : (
                  <p className="row-actions">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        setEditing(actorSlug);
                        setConfirming(null);
                      }}
                    >
                      {t('membersEditor.edit', { name })}
                    </button>
                    {confirming === actorSlug ? (
                      <>
                        <button
                          type="button"
                          className="link-button link-button--danger"
                          disabled={remove.isPending}
                          onClick={() => {
                            remove.mutate(actorSlug, {
                              onSettled: () => {
                                setConfirming(null);
                              },
                            });
                          }}
                        >
                          {t('membersEditor.confirmRemove', { name })}
                        </button>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => {
                            setConfirming(null);
                          }}
                        >
                          {t('form.cancel')}
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          setConfirming(actorSlug);
                        }}
                      >
                        {t('membersEditor.remove', { name })}
                      </button>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <AddMemberForm slug={slug} members={members} />
    </div>
  );
}
