import { FormProvider } from 'react-hook-form';
import { zProfileInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { SelectInput, TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import type { Schemas } from '@/lib/api-client';
import { useFeatureTranslation } from '@/lib/i18n';
import { useUpdateProfile } from '@/features/people/api/people';
import { strings } from '@/features/people/strings';

type Mode = Schemas['ProfileInput']['notificationMode'];
const MODES: readonly Mode[] = ['IMMEDIATE', 'DAILY', 'NONE'];

/**
 * Display name, language of the mails, and how the person hears of what they follow
 * (`PUT /api/v1/me/profile`), validated by the contract's `ProfileInput`; a refusal is shown on
 * its field and by `ProblemView`.
 */
export function ProfileForm({ profile }: { profile: Schemas['Profile'] }) {
  const { t } = useFeatureTranslation('people', strings);
  const update = useUpdateProfile();
  const form = useApiForm(zProfileInput, {
    defaultValues: {
      displayName: profile.displayName ?? '',
      language: profile.language === 'en' ? 'en' : 'fr',
      notificationMode: profile.notificationMode ?? 'IMMEDIATE',
    },
  });
  const modeError = form.formState.errors.notificationMode?.message;
  const onSubmit = form.submitWith(async (values) => {
    await update.mutateAsync({ ...values, displayName: values.displayName.trim() });
  });
  const busy = form.formState.isSubmitting;

  return (
    <FormProvider {...form}>
      <form
        className="inline-form"
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        aria-label={t('profile.title')}
      >
        <p>
          <strong>{t('profile.email')} :</strong> {profile.email ?? t('profile.emailNone')}
        </p>
        <ProblemView error={form.problem} />
        <TextInput
          name="displayName"
          label={t('profile.displayName')}
          required
          autoComplete="name"
        />
        <SelectInput
          name="language"
          label={t('profile.language')}
          options={[
            { value: 'fr', label: t('profile.fr') },
            { value: 'en', label: t('profile.en') },
          ]}
        />
        <fieldset className={modeError ? 'field--invalid' : undefined}>
          <legend>{t('profile.mode')}</legend>
          {MODES.map((mode) => (
            <label key={mode} className="radio">
              <input type="radio" value={mode} {...form.register('notificationMode')} />{' '}
              {t(`profile.${mode}`)}
            </label>
          ))}
          {modeError && <p className="field__error">{modeError}</p>}
        </fieldset>
        {update.isSuccess && !form.problem && (
          <p className="form-status" role="status">
            {t('profile.saved')}
          </p>
        )}
        <p className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('profile.saving') : t('profile.save')}
          </button>
        </p>
      </form>
    </FormProvider>
  );
}
