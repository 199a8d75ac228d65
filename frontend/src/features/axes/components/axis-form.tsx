import { FormProvider } from 'react-hook-form';
import { zAxisInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { DeleteSection } from '@/components/forms/delete-section';
import { CheckboxInput, NumberInput, TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { strings as formStrings } from '@/components/forms/strings';
import type { Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useDeleteAxis, useSaveAxis } from '@/features/axes/api/axis-edit';
import { strings } from '@/features/axes/strings';

interface AxisFormProps {
  axis?: Schemas['Axis'];
  etag?: string;
  onSaved: (axis: Schemas['Axis']) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** Creates or edits a thematic axis: name, colour, description, position. */
export function AxisForm({ axis, etag, onSaved, onCancel, onReload }: AxisFormProps) {
  const { t } = useFeatureTranslation('axes', strings);
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const save = useSaveAxis(axis?.slug);
  const form = useApiForm(zAxisInput, {
    defaultValues: {
      slug: axis?.slug ?? '',
      name: axis?.name ?? '',
      description: axis?.description ?? '',
      colour: axis?.colour ?? '#2e7d32',
      position: axis?.position,
      sample: axis?.sample ?? false,
    },
  });
  const onSubmit = form.submitWith(async (input) => {
    const saved = await save.mutateAsync({ input, etag });
    onSaved(saved.data);
  });
  return (
    <FormProvider {...form}>
      <form className="edit-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ProblemView error={form.problem} onReload={onReload} />
        <TextInput name="name" label={t('edit.name')} required />
        <TextInput name="slug" label={t('edit.slug')} hint={t('edit.slugHint')} />
        <TextInput name="description" label={t('edit.description')} multiline />
        <TextInput name="colour" label={t('edit.colour')} hint={t('edit.colourHint')} required />
        <NumberInput name="position" label={t('edit.position')} />
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

/** Deletes an axis after a confirmation. */
export function DeleteAxis({
  slug,
  name,
  onDeleted,
}: {
  slug: string;
  name: string;
  onDeleted: () => void;
}) {
  const { t } = useFeatureTranslation('axes', strings);
  return (
    <DeleteSection
      id="delete-axis-title"
      title={t('edit.deleteTitle')}
      hint={t('edit.deleteHint')}
      name={name}
      remove={useDeleteAxis(slug)}
      onDeleted={onDeleted}
    />
  );
}
