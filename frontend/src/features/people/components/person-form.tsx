import { FormProvider } from 'react-hook-form';
import { zPersonInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { ApiPicker, type PickerOption } from '@/components/forms/api-picker';
import { DeleteSection } from '@/components/forms/delete-section';
import { CheckboxInput, TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { searchOptions } from '@/components/forms/search-options';
import { strings as formStrings } from '@/components/forms/strings';
import { useApiClient, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useDeletePerson, useSavePerson } from '@/features/people/api/person-edit';
import { strings } from '@/features/people/person-strings';

interface PersonFormProps {
  /** The person to edit; none to add one. */
  person?: Schemas['Person'];
  etag?: string;
  /** The actor a new person starts with (added from the actor's page). */
  startActor?: PickerOption;
  onSaved: (person: Schemas['Person']) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** The form's starting values: the person as the API takes it back (the actor as its slug). */
function toInput(person: Schemas['Person'] | undefined, startActor: PickerOption | undefined) {
  return {
    slug: person?.slug ?? '',
    fullName: person?.fullName ?? '',
    roleTitle: person?.roleTitle ?? '',
    actor: person ? person.actor?.slug : startActor?.value,
    bio: person?.bio ?? '',
    sample: person?.sample ?? false,
  };
}

/**
 * Adds or corrects a person: name, role, the actor they act for (their affiliation, chosen by
 * searching), a few words about them.
 */
export function PersonForm({
  person,
  etag,
  startActor,
  onSaved,
  onCancel,
  onReload,
}: PersonFormProps) {
  const { t } = useFeatureTranslation('person', strings);
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const api = useApiClient();
  const save = useSavePerson(person?.slug);
  const form = useApiForm(zPersonInput, { defaultValues: toInput(person, startActor) });
  const onSubmit = form.submitWith(async (input) => {
    const saved = await save.mutateAsync({ input, etag });
    onSaved(saved.data);
  });
  const actor = person
    ? person.actor?.slug
      ? [{ value: person.actor.slug, label: person.actor.name ?? person.actor.slug }]
      : []
    : startActor
      ? [startActor]
      : [];
  return (
    <FormProvider {...form}>
      <form className="edit-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ProblemView error={form.problem} onReload={onReload} />
        <TextInput name="fullName" label={t('edit.fullName')} required autoComplete="off" />
        <TextInput name="roleTitle" label={t('edit.roleTitle')} hint={t('edit.roleTitleHint')} />
        <ApiPicker
          name="actor"
          label={t('edit.actor')}
          hint={t('edit.actorHint')}
          search={searchOptions(api, 'actor')}
          initial={actor}
        />
        <TextInput name="slug" label={t('edit.slug')} hint={t('edit.slugHint')} />
        <TextInput name="bio" label={t('edit.bio')} multiline />
        <CheckboxInput name="sample" label={t('edit.sample')} />
        <p className="actions">
          <button type="submit" className="button" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? tf('actions.saving') : tf('actions.save')}
          </button>
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {tf('actions.cancel')}
          </button>
        </p>
      </form>
    </FormProvider>
  );
}

/** Deletes a person after a confirmation; a refusal (403…) shows as a problem. */
export function DeletePerson({
  slug,
  name,
  onDeleted,
}: {
  slug: string;
  name: string;
  onDeleted: () => void;
}) {
  const { t } = useFeatureTranslation('person', strings);
  return (
    <DeleteSection
      id="delete-person-title"
      title={t('edit.deleteTitle')}
      hint={t('edit.deleteHint')}
      name={name}
      remove={useDeletePerson(slug)}
      onDeleted={onDeleted}
    />
  );
}
