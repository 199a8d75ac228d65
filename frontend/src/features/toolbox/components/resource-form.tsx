import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { zSharedResourceInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { ApiPicker, type PickerOption } from '@/components/forms/api-picker';
import { CheckboxInput, SelectInput, TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { searchOptions } from '@/components/forms/search-options';
import { strings as formStrings } from '@/components/forms/strings';
import { useApiClient, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useSaveResource } from '@/features/toolbox/api/toolbox-edit';
import {
  availabilities,
  licences,
  resourceKinds,
  type Licence,
} from '@/features/toolbox/components/toolbox-values';
import { strings } from '@/features/toolbox/strings';

export interface ToolboxStart {
  territory?: PickerOption;
  coalition?: PickerOption;
}

interface ResourceFormProps {
  /** The resource to edit; none to share a new one. */
  resource?: Schemas['SharedResource'];
  etag?: string;
  /** What a new resource starts with (the territory or coalition page it was shared from). */
  start?: ToolboxStart;
  onSaved: (resource: Schemas['SharedResource']) => void;
  onCancel: () => void;
  onReload?: () => void;
}

const option = (slug: string | undefined, label: string | undefined): PickerOption[] =>
  slug ? [{ value: slug, label: label ?? slug }] : [];

const coalitionOption = (coalition: Schemas['CoalitionRef']): PickerOption[] =>
  option(coalition.slug, `#${String(coalition.number ?? '')} ${coalition.title ?? ''}`);

/** The form's starting values: the resource as the API takes it back (references as slugs). */
function toInput(resource: Schemas['SharedResource'] | undefined, start: ToolboxStart) {
  return {
    slug: resource?.slug ?? '',
    title: resource?.title ?? '',
    kind: resource?.kind ?? 'GUIDE',
    availability: resource?.availability ?? 'AVAILABLE',
    // A licence the list does not have any more is shown as it is, and refused until changed.
    licence: resource?.licence as Licence | undefined,
    url: resource?.url ?? '',
    description: resource?.description ?? '',
    publisher: resource?.publisher?.slug,
    territory: resource ? resource.territory?.slug : start.territory?.value,
    coalitions: resource
      ? (resource.coalitions ?? []).flatMap((coalition) => (coalition.slug ? [coalition.slug] : []))
      : start.coalition
        ? [start.coalition.value]
        : [],
    sample: resource?.sample ?? false,
  };
}

/**
 * Shares or corrects a resource: title, kind, availability, licence (the contract's list, or
 * unknown), address, description, the publishing actor, territory and coalitions (searched).
 */
export function ResourceForm({
  resource,
  etag,
  start = {},
  onSaved,
  onCancel,
  onReload,
}: ResourceFormProps) {
  const { t } = useFeatureTranslation('toolbox', strings);
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const { t: tc } = useTranslation();
  const api = useApiClient();
  const save = useSaveResource(resource?.slug);
  const form = useApiForm(zSharedResourceInput, { defaultValues: toInput(resource, start) });
  const onSubmit = form.submitWith(async (input) => {
    const saved = await save.mutateAsync({ input, etag });
    onSaved(saved.data);
  });
  const current = resource?.licence;
  const licenceOptions = [
    ...licences,
    ...(current && !(licences as readonly string[]).includes(current) ? [current] : []),
  ].map((licence) => ({ value: licence, label: licence }));
  return (
    <FormProvider {...form}>
      <form className="edit-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ProblemView error={form.problem} onReload={onReload} />
        <TextInput name="title" label={t('resource.title')} required />
        <SelectInput
          name="kind"
          label={t('resource.kind')}
          required
          options={resourceKinds.map((kind) => ({
            value: kind,
            label: tc(`resourceKind.${kind}`),
          }))}
        />
        <SelectInput
          name="availability"
          label={t('resource.availability')}
          required
          options={availabilities.map((value) => ({
            value,
            label: tc(`availability.${value}`),
          }))}
        />
        <SelectInput
          name="licence"
          label={t('resource.licence')}
          hint={t('resource.licenceHint')}
          emptyLabel={t('resource.licenceUnknown')}
          options={licenceOptions}
        />
        <TextInput name="url" label={t('resource.url')} type="url" />
        <TextInput name="description" label={t('resource.description')} multiline />
        <ApiPicker
          name="publisher"
          label={t('resource.publisher')}
          search={searchOptions(api, 'actor')}
          initial={option(resource?.publisher?.slug, resource?.publisher?.name)}
        />
        <ApiPicker
          name="territory"
          label={t('resource.territory')}
          search={searchOptions(api, 'territory')}
          initial={
            resource
              ? option(resource.territory?.slug, resource.territory?.name)
              : start.territory
                ? [start.territory]
                : []
          }
        />
        <ApiPicker
          name="coalitions"
          label={t('resource.coalitions')}
          multiple
          search={searchOptions(api, 'coalition')}
          initial={
            resource
              ? (resource.coalitions ?? []).flatMap(coalitionOption)
              : start.coalition
                ? [start.coalition]
                : []
          }
        />
        <TextInput name="slug" label={t('resource.slug')} hint={t('resource.slugHint')} />
        <CheckboxInput name="sample" label={t('resource.sample')} />
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
