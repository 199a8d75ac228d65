import { FormProvider } from 'react-hook-form';
import { zLocalInitiativeInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { ApiPicker, type PickerOption } from '@/components/forms/api-picker';
import { CheckboxInput, TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { searchOptions } from '@/components/forms/search-options';
import { strings as formStrings } from '@/components/forms/strings';
import { useApiClient, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useSaveInitiative } from '@/features/toolbox/api/toolbox-edit';
import type { ToolboxStart } from '@/features/toolbox/components/resource-form';
import { strings } from '@/features/toolbox/strings';

interface InitiativeFormProps {
  /** The initiative to edit; none to record a new one. */
  initiative?: Schemas['LocalInitiative'];
  etag?: string;
  /** What a new initiative starts with (the territory or coalition page it was added from). */
  start?: ToolboxStart;
  onSaved: (initiative: Schemas['LocalInitiative']) => void;
  onCancel: () => void;
  onReload?: () => void;
}

const option = (slug: string | undefined, label: string | undefined): PickerOption[] =>
  slug ? [{ value: slug, label: label ?? slug }] : [];

/**
 * Records or corrects a local initiative: title, its territory (required), the actor carrying it
 * and the coalition it relates to (searched), address, description.
 */
export function InitiativeForm({
  initiative,
  etag,
  start = {},
  onSaved,
  onCancel,
  onReload,
}: InitiativeFormProps) {
  const { t } = useFeatureTranslation('toolbox', strings);
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const api = useApiClient();
  const save = useSaveInitiative(initiative?.slug);
  const form = useApiForm(zLocalInitiativeInput, {
    defaultValues: {
      slug: initiative?.slug ?? '',
      title: initiative?.title ?? '',
      territory: initiative ? initiative.territory?.slug : start.territory?.value,
      actor: initiative?.actor?.slug,
      coalition: initiative ? initiative.coalition?.slug : start.coalition?.value,
      url: initiative?.url ?? '',
      description: initiative?.description ?? '',
      sample: initiative?.sample ?? false,
    },
  });
  const onSubmit = form.submitWith(async (input) => {
    const saved = await save.mutateAsync({ input, etag });
    onSaved(saved.data);
  });
  const coalition = initiative?.coalition;
  return (
    <FormProvider {...form}>
      <form className="edit-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ProblemView error={form.problem} onReload={onReload} />
        <TextInput name="title" label={t('initiative.title')} required />
        <ApiPicker
          name="territory"
          label={t('initiative.territory')}
          hint={t('initiative.territoryHint')}
          search={searchOptions(api, 'territory')}
          initial={
            initiative
              ? option(initiative.territory?.slug, initiative.territory?.name)
              : start.territory
                ? [start.territory]
                : []
          }
        />
        <ApiPicker
          name="actor"
          label={t('initiative.actor')}
          search={searchOptions(api, 'actor')}
          initial={option(initiative?.actor?.slug, initiative?.actor?.name)}
        />
        <ApiPicker
          name="coalition"
          label={t('initiative.coalition')}
          search={searchOptions(api, 'coalition')}
          initial={
            initiative
              ? option(
                  coalition?.slug,
                  coalition && `#${String(coalition.number ?? '')} ${coalition.title ?? ''}`,
                )
              : start.coalition
                ? [start.coalition]
                : []
          }
        />
        <TextInput name="url" label={t('initiative.url')} type="url" />
        <TextInput name="description" label={t('initiative.description')} multiline />
        <TextInput name="slug" label={t('initiative.slug')} hint={t('initiative.slugHint')} />
        <CheckboxInput name="sample" label={t('initiative.sample')} />
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
