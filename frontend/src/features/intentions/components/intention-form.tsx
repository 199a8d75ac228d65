import { useEffect, useRef, useState } from 'react';
import { FormProvider, useFormContext } from 'react-hook-form';
import { Link } from 'react-router';
import { zIntentionInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { LinesInput, TextInput, useFieldError } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useProposeIntention } from '@/features/intentions/api/intentions';
import { strings } from '@/features/intentions/strings';

/** An axis one may choose. */
export interface AxisChoice {
  slug?: string;
  name?: string;
}

/** The axes as checkboxes (one to three): the form's `axes` is the list of the checked slugs. */
function AxesInput({ label, axes }: { label: string; axes: readonly AxisChoice[] }) {
  const { register } = useFormContext();
  const error = useFieldError('axes');
  return (
    <fieldset className={`field field--group${error ? ' field--invalid' : ''}`}>
      <legend>{label}</legend>
      {axes.map((axis) => (
        <div key={axis.slug} className="checkbox">
          <input
            id={`intention-axis-${axis.slug}`}
            type="checkbox"
            value={axis.slug}
            aria-invalid={error ? true : undefined}
            {...register('axes')}
          />
          <label htmlFor={`intention-axis-${axis.slug}`}>{axis.name}</label>
        </div>
      ))}
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}

/**
 * Propose a coalition (a first intention to act), anonymously (name and e-mail, read by the
 * editors only) or signed in. Carries the anti-spam signals the API screens: the honeypot field
 * `url` and the time the form was shown (`formStartedAt`). The receipt is announced in a live
 * region; any refusal (fields, too many submissions) by `ProblemView`.
 */
export function IntentionForm({ axes }: { axes: readonly AxisChoice[] }) {
  const { t } = useFeatureTranslation('intentions', strings);
  const signedIn = useAuth().status === 'authenticated';
  const propose = useProposeIntention();
  const [sent, setSent] = useState(false);
  const result = useRef<HTMLDivElement>(null);
  const form = useApiForm(zIntentionInput, {
    defaultValues: {
      title: '',
      description: '',
      axes: [],
      problems: [],
      allyKinds: [],
      authorName: '',
      email: '',
      url: '',
      formStartedAt: new Date().toISOString(),
    },
  });
  useEffect(() => {
    if (sent) result.current?.focus();
  }, [sent]);
  const onSubmit = form.submitWith(async (input) => {
    await propose.mutateAsync(input);
    setSent(true);
  });
  const another = () => {
    form.reset({
      ...form.getValues(),
      title: '',
      description: '',
      axes: [],
      problems: [],
      allyKinds: [],
      formStartedAt: new Date().toISOString(),
    });
    setSent(false);
  };
  return (
    <>
      <div role="status" aria-live="polite" ref={result} tabIndex={-1}>
        {sent && <p className="form-status form-status--ok">{t('sent')}</p>}
      </div>
      {sent ? (
        <p className="actions">
          <button type="button" className="button" onClick={another}>
            {t('another')}
          </button>
        </p>
      ) : (
        <FormProvider {...form}>
          <form className="edit-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <p className="hint">{t('intro')}</p>
            <ProblemView error={form.problem} />
            <TextInput name="title" label={t('title')} hint={t('titleHint')} required />
            <TextInput
              name="description"
              label={t('description')}
              hint={t('descriptionHint')}
              multiline
            />
            <AxesInput label={t('axes')} axes={axes} />
            <LinesInput name="problems" label={t('problems')} />
            <LinesInput name="allyKinds" label={t('allyKinds')} rows={3} />
            {signedIn ? (
              <p className="hint">{t('signedIn')}</p>
            ) : (
              <>
                <TextInput name="authorName" label={t('authorName')} autoComplete="name" required />
                <TextInput
                  name="email"
                  label={t('email')}
                  type="email"
                  hint={t('privacy')}
                  autoComplete="email"
                  required
                />
                <p>
                  <Link to="/privacy">{t('privacyPage')}</Link>
                </p>
              </>
            )}
            <div className="visually-hidden" aria-hidden="true">
              <label htmlFor="intention-url">{t('honeypot')}</label>
              <input
                id="intention-url"
                type="text"
                tabIndex={-1}
                autoComplete="off"
                {...form.register('url')}
              />
            </div>
            <p className="actions">
              <button type="submit" className="button" disabled={form.formState.isSubmitting}>
                {form.formState.isSubmitting ? t('submitting') : t('submit')}
              </button>
            </p>
          </form>
        </FormProvider>
      )}
    </>
  );
}
