import { useState, type SubmitEvent } from 'react';
import { FormProvider, FormStatus, SelectField, TextField } from '@/components/ui/form';
import type { Schemas } from '@/lib/api-client';
import { collectErrors, serverFieldErrors, useTouched } from '@/lib/form';
import { useFeatureTranslation } from '@/lib/i18n';
import { useUpdateProfile } from '@/features/people/api/people';
import { strings } from '@/features/people/strings';

type Mode = Schemas['ProfileInput']['notificationMode'];
const MODES: readonly Mode[] = ['IMMEDIATE', 'DAILY', 'NONE'];

/** Display name, language of the mails, and how the person hears of what they follow. */
export function ProfileForm({ profile }: { profile: Schemas['Profile'] }) {
  const { t } = useFeatureTranslation('people', strings);
  const [draft, setDraft] = useState<Schemas['ProfileInput']>({
    displayName: profile.displayName ?? '',
    language: profile.language === 'en' ? 'en' : 'fr',
    notificationMode: profile.notificationMode ?? 'IMMEDIATE',
  });
  const touched = useTouched();
  const update = useUpdateProfile();
  const { errors, check } = collectErrors();
  check('displayName', draft.displayName, { required: true, max: 120 });
  const count = touched.submitted ? Object.keys(errors).length : 0;

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    touched.setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    update.mutate({ ...draft, displayName: draft.displayName.trim() });
  };

  return (
    <FormProvider
      value={{
        idPrefix: 'profile',
        clientErrors: errors,
        serverErrors: serverFieldErrors(update.error),
        shows: touched.shows,
        touch: touched.touch,
      }}
    >
      <form className="inline-form" noValidate onSubmit={onSubmit} aria-label={t('profile.title')}>
        <p>
          <strong>{t('profile.email')} :</strong> {profile.email ?? t('profile.emailNone')}
        </p>
        <TextField
          path="displayName"
          label={t('profile.displayName')}
          value={draft.displayName}
          required
          autoComplete="name"
          onChange={(displayName) => {
            setDraft({ ...draft, displayName });
          }}
        />
        <SelectField
          path="language"
          label={t('profile.language')}
          value={draft.language}
          options={[
            { value: 'fr', label: t('profile.fr') },
            { value: 'en', label: t('profile.en') },
          ]}
          onChange={(language) => {
            setDraft({ ...draft, language: language === 'en' ? 'en' : 'fr' });
          }}
        />
        <fieldset>
          <legend>{t('profile.mode')}</legend>
          {MODES.map((mode) => (
            <label key={mode} className="radio">
              <input
                type="radio"
                name="notificationMode"
                value={mode}
                checked={draft.notificationMode === mode}
                onChange={() => {
                  setDraft({ ...draft, notificationMode: mode });
                }}
              />{' '}
              {t(`profile.${mode}`)}
            </label>
          ))}
        </fieldset>
        <FormStatus error={update.error} invalidCount={count} />
        {update.isSuccess && (
          <p className="form-status" role="status">
            {t('profile.saved')}
          </p>
        )}
        <p className="form-actions">
          <button type="submit" className="button" disabled={update.isPending}>
            {update.isPending ? t('profile.saving') : t('profile.save')}
          </button>
        </p>
      </form>
    </FormProvider>
  );
}
