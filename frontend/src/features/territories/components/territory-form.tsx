import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zTerritoryInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { DeleteSection } from '@/components/forms/delete-section';
import { ApiPicker } from '@/components/forms/api-picker';
import { CheckboxInput, SelectInput, TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { searchOptions } from '@/components/forms/search-options';
import { strings as formStrings } from '@/components/forms/strings';
import { useApiClient, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useDeleteTerritory, useSaveTerritory } from '@/features/territories/api/territory-edit';
import { strings } from '@/features/territories/edit-strings';

const kinds: readonly Schemas['TerritoryKind'][] = [
  'NATIONAL',
  'REGION',
  'DEPARTEMENT',
  'METROPOLIS',
  'COMMUNE',
];

interface TerritoryFormProps {
  /** The territory to edit; none to create one. */
  territory?: Schemas['Territory'];
  etag?: string;
  onSaved: (territory: Schemas['Territory']) => void;
  onCancel: () => void;
  onReload?: () => void;
}

/** Creates or edits a territory: name, kind, official code, the territory above it. */
export function TerritoryForm({
  territory,
  etag,
  onSaved,
  onCancel,
  onReload,
}: TerritoryFormProps) {
  const { t } = useFeatureTranslation('territoryEdit', strings);
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const { t: tc } = useTranslation();
  const api = useApiClient();
  const save = useSaveTerritory(territory?.slug);
  const parent = territory?.parent;
  const form = useApiForm(zTerritoryInput, {
    defaultValues: {
      slug: territory?.slug ?? '',
      name: territory?.name ?? '',
      kind: territory?.kind ?? 'COMMUNE',
      code: territory?.code ?? '',
      parent: parent?.slug,
      description: territory?.description ?? '',
      sample: territory?.sample ?? false,
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
        <TextInput name="name" label={t('name')} required />
        <SelectInput
          name="kind"
          label={t('kind')}
          required
          options={kinds.map((kind) => ({ value: kind, label: tc(`territoryKind.${kind}`) }))}
        />
        <TextInput name="slug" label={t('slug')} hint={t('slugHint')} />
        <TextInput name="code" label={t('code')} hint={t('codeHint')} />
        <ApiPicker
          name="parent"
          label={t('parent')}
          hint={t('parentHint')}
          search={searchOptions(api, 'territory')}
          exclude={territory?.slug ? [territory.slug] : []}
          initial={parent?.slug ? [{ value: parent.slug, label: parent.name ?? '' }] : []}
        />
        <TextInput name="description" label={t('description')} multiline />
        <CheckboxInput name="sample" label={t('sample')} />
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

/** Deletes a territory after a confirmation (administrators; refused while one is below it). */
export function DeleteTerritory({
  slug,
  name,
  onDeleted,
}: {
  slug: string;
  name: string;
  onDeleted: () => void;
}) {
  const { t } = useFeatureTranslation('territoryEdit', strings);
  return (
    <DeleteSection
      id="delete-territory-title"
      title={t('deleteTitle')}
      hint={t('deleteHint')}
      name={name}
      remove={useDeleteTerritory(slug)}
      onDeleted={onDeleted}
    />
  );
}
