import { FormProvider } from 'react-hook-form';
import { zTestimonyInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { ApiPicker, type PickerOption } from '@/components/forms/api-picker';
import { CheckboxInput, TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { searchOptions } from '@/components/forms/search-options';
import { strings as formStrings } from '@/components/forms/strings';
import { useApiClient, type Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useSaveTestimony } from '@/features/testimonies/api/testimony-edit';
import { strings } from '@/features/testimonies/strings';

interface TestimonyFormProps {
  testimony?: Schemas['Testimony'];
  etag?: string;
  /**
   * Where a new testimony starts (the event, actor or person page it was added from), with the
   * names of the person and the actor when known (otherwise their slugs are shown).
   */
  start?: {
    event?: string;
    actor?: string;
    person?: string;
    names?: { person?: string; actor?: string };
  };
  onSaved: (testimony: Schemas['Testimony']) => void;
  onCancel: () => void;
  onReload?: () => void;
}

const option = (slug: string | undefined, label: string | undefined): PickerOption[] =>
  slug ? [{ value: slug, label: label ?? slug }] : [];

/**
 * Records or corrects a testimony: the person (searched), the actor, coalition and event it is
 * for (searched), what they say, a link to the interview. The session, when the API has one, is
 * kept as it is.
 */
export function TestimonyForm({
  testimony,
  etag,
  start = {},
  onSaved,
  onCancel,
  onReload,
}: TestimonyFormProps) {
  const { t } = useFeatureTranslation('testimonies', strings);
  const { t: tf } = useFeatureTranslation('forms', formStrings);
  const api = useApiClient();
  const save = useSaveTestimony(testimony?.id === undefined ? undefined : String(testimony.id));
  const form = useApiForm(zTestimonyInput, {
    defaultValues: {
      person: testimony?.person?.slug ?? start.person ?? '',
      actor: testimony?.actor?.slug ?? start.actor ?? '',
      coalition: testimony?.coalition?.slug ?? '',
      event: testimony?.event?.slug ?? start.event ?? '',
      summary: testimony?.summary ?? '',
      link: testimony?.link ?? '',
      sample: testimony?.sample ?? false,
    },
  });
  const onSubmit = form.submitWith(async (input) => {
    // The session (an int64, which the generated schema reads as a bigint) is not edited here:
    // sent back as it was read.
    const body: Schemas['TestimonyInput'] = {
      person: input.person,
      actor: input.actor,
      coalition: input.coalition,
      event: input.event,
      summary: input.summary,
      link: input.link,
      sample: input.sample,
      session: testimony?.session?.id,
    };
    const saved = await save.mutateAsync({ input: body, etag });
    onSaved(saved.data);
  });
  return (
    <FormProvider {...form}>
      <form className="edit-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ProblemView error={form.problem} onReload={onReload} />
        <ApiPicker
          name="person"
          label={t('person')}
          search={searchOptions(api, 'person')}
          initial={option(
            testimony?.person?.slug ?? start.person,
            testimony?.person?.fullName ?? start.names?.person,
          )}
        />
        <ApiPicker
          name="actor"
          label={t('actor')}
          search={searchOptions(api, 'actor')}
          initial={option(
            testimony?.actor?.slug ?? start.actor,
            testimony?.actor?.name ?? start.names?.actor,
          )}
        />
        <ApiPicker
          name="coalition"
          label={t('coalition')}
          search={searchOptions(api, 'coalition')}
          initial={option(testimony?.coalition?.slug, testimony?.coalition?.title)}
        />
        <ApiPicker
          name="event"
          label={t('event')}
          search={searchOptions(api, 'event')}
          initial={option(testimony?.event?.slug ?? start.event, testimony?.event?.title)}
        />
        <TextInput name="summary" label={t('summary')} multiline required />
        <TextInput name="link" label={t('link')} type="url" />
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
