import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zActorInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { ApiPicker } from '@/components/forms/api-picker';
import { CheckboxInput, LinesInput, SelectInput, TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { searchOptions } from '@/components/forms/search-options';
import { strings as formStrings } from '@/components/forms/strings';
import { useApiClient, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useSaveActor } from '@/features/actors/api/actor-edit';
import { actorKinds } from '@/features/actors/components/actor-kinds';
import { strings } from '@/features/actors/strings';

interface ActorFormProps {
  /** The actor to edit; none to create one. */
  actor?: Schemas['Actor'];
  etag?: string;
  onSaved: (actor: Schemas['Actor']) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** The form's starting values: the actor as the API takes it back (references as slugs). */
function toInput(actor: Schemas['Actor'] | undefined) {
  return {
    slug: actor?.slug ?? '',
    name: actor?.name ?? '',
    kind: actor?.kind ?? 'ASSOCIATION',
    description: actor?.description ?? '',
    website: actor?.website ?? '',
    territory: actor?.territory?.slug,
    parent: actor?.parent?.slug,
    expertise: actor?.expertise ?? [],
    sample: actor?.sample ?? false,
  };
}

/** Creates or edits an actor: kind, expertise, website, territory and the actor it is part of. */
export function ActorForm({ actor, etag, onSaved, onCancel, onReload }: ActorFormProps) {
  const { t } = useFeatureTranslation('actors', strings);
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const { t: tc } = useTranslation();
  const api = useApiClient();
  const save = useSaveActor(actor?.slug);
  const form = useApiForm(zActorInput, { defaultValues: toInput(actor) });
  const onSubmit = form.submitWith(async (input) => {
    const saved = await save.mutateAsync({ input, etag });
    onSaved(saved.data);
  });
  const territory = actor?.territory;
  const parent = actor?.parent;
  return (
    <FormProvider {...form}>
      <form className="edit-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ProblemView error={form.problem} onReload={onReload} />
        <TextInput name="name" label={t('edit.name')} required autoComplete="organization" />
        <SelectInput
          name="kind"
          label={t('edit.kind')}
          required
          options={actorKinds.map((kind) => ({ value: kind, label: tc(`actorKind.${kind}`) }))}
        />
        <TextInput name="slug" label={t('edit.slug')} hint={t('edit.slugHint')} />
        <TextInput name="description" label={t('edit.description')} multiline />
        <TextInput name="website" label={t('edit.website')} type="url" autoComplete="url" />
        <ApiPicker
          name="territory"
          label={t('edit.territory')}
          search={searchOptions(api, 'territory')}
          initial={territory?.slug ? [{ value: territory.slug, label: territory.name ?? '' }] : []}
        />
        <ApiPicker
          name="parent"
          label={t('edit.parent')}
          hint={t('edit.parentHint')}
          search={searchOptions(api, 'actor')}
          exclude={actor?.slug ? [actor.slug] : []}
          initial={parent?.slug ? [{ value: parent.slug, label: parent.name ?? '' }] : []}
        />
        <LinesInput name="expertise" label={t('edit.expertise')} hint={t('edit.expertiseHint')} />
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
