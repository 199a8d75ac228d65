import { useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zMembershipInput, zMembershipUpdate } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { ApiPicker } from '@/components/forms/api-picker';
import { SelectInput, TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { searchOptions } from '@/components/forms/search-options';
import { strings as formStrings } from '@/components/forms/strings';
import { useApiClient, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import {
  useAddMember,
  useMembershipForEdit,
  useRemoveMember,
  useUpdateMember,
} from '@/features/coalitions/api/coalition-edit';
import { strings } from '@/features/coalitions/canvas-form-strings';

const roles = ['PILOT', 'CONTRIBUTOR', 'ALLY', 'FUNDER'] as const;
const statuses = ['PROPOSED', 'INVITED', 'CONFIRMED', 'DECLINED', 'WITHDRAWN'] as const;

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

/**
 * Changes one member's role, status and commitment (the contract's `MembershipUpdate`), with the
 * ETag of the membership read when the row is opened (`If-Match`).
 */
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
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const actorSlug = member.actor?.slug ?? '';
  const current = useMembershipForEdit(slug, actorSlug, true);
  const update = useUpdateMember(slug);
  const { roleOptions, statusOptions } = useOptions();
  const form = useApiForm(zMembershipUpdate, {
    defaultValues: {
      role: member.role ?? 'CONTRIBUTOR',
      status: member.status ?? 'PROPOSED',
      commitment: member.commitment ?? '',
    },
  });
  const onSubmit = form.submitWith(async (input) => {
    await update.mutateAsync({ actorSlug, etag: current.data?.etag, input });
    onDone();
  });
  return (
    <FormProvider {...form}>
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        aria-label={t('membersEditor.editOf', { name: member.actor?.name ?? '' })}
      >
        <ProblemView
          error={form.problem}
          onReload={() => {
            form.setProblem(null);
            void current.refetch();
            onDone();
          }}
        />
        <div className="field-row">
          <SelectInput name="role" label={t('members.role')} options={roleOptions} />
          <SelectInput name="status" label={t('members.status')} options={statusOptions} />
        </div>
        <TextInput name="commitment" label={t('members.commitment')} multiline rows={2} />
        <div className="form-actions">
          <button
            type="submit"
            className="button"
            disabled={form.formState.isSubmitting || current.isPending}
          >
            {tf('actions.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onDone}>
            {tf('actions.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}

const newMember = { actor: '', role: 'CONTRIBUTOR', status: 'PROPOSED', commitment: '' } as const;

/** Engages an actor (searched in the directory) with a role, a status and a commitment. */
function AddMemberForm({ slug, members }: { slug: string; members: Schemas['Membership'][] }) {
  const { t } = useTranslation();
  const { t: tc } = useFeatureTranslation('coalitionForms', strings);
  const api = useApiClient();
  const add = useAddMember(slug);
  const { roleOptions, statusOptions } = useOptions();
  const [saved, setSaved] = useState(false);
  const form = useApiForm(zMembershipInput, { defaultValues: newMember });
  const onSubmit = form.submitWith(async (input) => {
    setSaved(false);
    await add.mutateAsync(input);
    form.reset(newMember);
    setSaved(true);
  });
  const taken = members.flatMap((member) => (member.actor?.slug ? [member.actor.slug] : []));
  return (
    <FormProvider {...form}>
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        aria-labelledby="add-member"
      >
        <h3 id="add-member">{t('membersEditor.add')}</h3>
        <ProblemView error={form.problem} />
        {saved && !form.problem && (
          <div className="form-status form-status--ok" role="status">
            {tc('memberAdded')}
          </div>
        )}
        <ApiPicker
          name="actor"
          label={t('members.actor')}
          hint={tc('memberActorHint')}
          search={searchOptions(api, 'actor')}
          exclude={taken}
        />
        <div className="field-row">
          <SelectInput name="role" label={t('members.role')} options={roleOptions} />
          <SelectInput name="status" label={t('members.status')} options={statusOptions} />
        </div>
        <TextInput name="commitment" label={t('members.commitment')} multiline rows={2} />
        <button type="submit" className="button" disabled={form.formState.isSubmitting}>
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
      <ProblemView error={remove.error} />
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
