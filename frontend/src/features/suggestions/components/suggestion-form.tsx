import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FormProvider, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { zSuggestionInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { InvalidSummary } from '@/components/forms/invalid-summary';
import { SelectInput, TextInput, useFieldError } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import type { Schemas } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useSubmitSuggestion, type SuggestionTarget } from '@/features/suggestions/api/suggestions';
import { strings } from '@/features/suggestions/strings';

type Kind = Schemas['SuggestionKind'];
type ActorKind = Schemas['ActorKind'];
type SuggestionFields = z.input<typeof zSuggestionInput>;

const kinds: readonly Kind[] = ['MISSING_SUBJECT', 'POTENTIAL_ALLY'];
const actorKinds: readonly ActorKind[] = [
  'ASSOCIATION',
  'LOCAL_AUTHORITY',
  'PUBLIC_BODY',
  'COMPANY',
  'RESEARCH_EDUCATION',
  'FUNDER',
  'MEDIA',
  'NETWORK',
  'INDIVIDUAL_EXPERT',
];
const EMAIL = /^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/;

/**
 * The contract's `SuggestionInput`, with the name and a well-formed e-mail address required of
 * anonymous visitors (the API asks for them when nobody is signed in).
 */
export function suggestionSchema(
  anonymous: boolean,
  emailInvalid: string,
): z.ZodType<z.output<typeof zSuggestionInput>, SuggestionFields> {
  if (!anonymous) return zSuggestionInput;
  return zSuggestionInput.extend({
    authorName: zSuggestionInput.shape.authorName.unwrap(),
    email: zSuggestionInput.shape.email.unwrap().regex(EMAIL, { error: emailInvalid }),
  });
}

const blank = (): SuggestionFields => ({
  kind: 'MISSING_SUBJECT',
  title: '',
  description: '',
  website: '',
  actorKind: undefined,
  authorName: '',
  email: '',
  // The honeypot: people never see it, bots fill it in.
  url: '',
  // When the form was shown: submissions faster than the API's minimum time are spam.
  formStartedAt: new Date().toISOString(),
});

/** What is suggested: a subject, or an ally (whose website and kind are then asked). */
function KindInput({ idPrefix }: { idPrefix: string }) {
  const { t } = useFeatureTranslation('suggestions', strings);
  const { register, setValue, clearErrors } = useFormContext<SuggestionFields>();
  const error = useFieldError('kind');
  return (
    <fieldset
      className={`field field--group${error ? ' field--invalid' : ''}`}
      aria-describedby={error ? `${idPrefix}-kind-error` : undefined}
    >
      <legend>{t('kind')}</legend>
      {kinds.map((kind) => (
        <div key={kind} className="checkbox">
          <input
            id={`${idPrefix}-kind-${kind}`}
            type="radio"
            value={kind}
            {...register('kind', {
              onChange: (event: { target: { value: string } }) => {
                // A subject has neither website nor kind of actor: what was typed for an ally goes.
                if (event.target.value !== 'POTENTIAL_ALLY') {
                  setValue('website', '');
                  setValue('actorKind', undefined);
                  clearErrors(['website', 'actorKind']);
                }
              },
            })}
          />
          <label htmlFor={`${idPrefix}-kind-${kind}`}>{t(kind)}</label>
        </div>
      ))}
      {error && (
        <p className="field__error" id={`${idPrefix}-kind-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface SuggestionFormProps {
  target: SuggestionTarget;
  /** Name of the axis or coalition, for the heading. */
  name: string;
  onClose: () => void;
}

/**
 * Suggest a missing subject or a potential ally, anonymously (name and e-mail for the
 * moderators only) or signed in. Carries the anti-spam signals the API screens: the honeypot
 * field `url` and the time the form was shown (`formStartedAt`). Validated by the contract's
 * `SuggestionInput`; the result is announced in a live region, a refusal (fields on their fields,
 * too many submissions with the delay…) by `ProblemView`.
 */
export default function SuggestionForm({ target, name, onClose }: SuggestionFormProps) {
  const { t } = useFeatureTranslation('suggestions', strings);
  const { t: tApp } = useTranslation();
  const auth = useAuth();
  const signedIn = auth.status === 'authenticated';
  const submit = useSubmitSuggestion(target);
  const [sent, setSent] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const idPrefix = `suggest-${target.kind}-${target.slug}`;
  const headingId = useId();
  const emailInvalid = t('emailInvalid');
  const schema = useMemo(() => suggestionSchema(!signedIn, emailInvalid), [signedIn, emailInvalid]);
  const form = useApiForm(schema, { defaultValues: blank() });
  const ally = form.watch('kind') === 'POTENTIAL_ALLY';

  useEffect(() => {
    if (sent) resultRef.current?.focus();
  }, [sent]);

  const onSubmit = form.submitWith(async (values) => {
    await submit.mutateAsync({
      ...values,
      title: values.title.trim(),
      authorName: signedIn ? undefined : values.authorName?.trim(),
      email: signedIn ? undefined : values.email?.trim(),
    });
    setSent(true);
  });

  const another = () => {
    const { authorName, email } = form.getValues();
    form.reset({ ...blank(), authorName, email });
    form.setProblem(null);
    setSent(false);
  };

  const busy = form.formState.isSubmitting;
  return (
    <div className="suggestion-form inline-form" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('formTitle', { name })}</h3>
      <div role="status" aria-live="polite" ref={resultRef} tabIndex={-1}>
        {sent && <p className="form-status form-status--ok">{t('accepted')}</p>}
      </div>
      {sent ? (
        <div className="form-actions">
          <button type="button" className="button" onClick={another}>
            {t('another')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      ) : (
        <FormProvider {...form}>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            <p className="hint">{t('intro')}</p>
            <InvalidSummary />
            <ProblemView error={form.problem} />
            <KindInput idPrefix={idPrefix} />
            <TextInput name="title" label={ally ? t('allyName') : t('subject')} required />
            <TextInput
              name="description"
              label={t('description')}
              hint={t('descriptionHint')}
              multiline
              rows={3}
            />
            {ally && (
              <div className="field-row">
                <TextInput name="website" label={t('website')} type="url" />
                <SelectInput
                  name="actorKind"
                  label={t('actorKind')}
                  emptyLabel={t('unknownKind')}
                  options={actorKinds.map((kind) => ({
                    value: kind,
                    label: tApp(`actorKind.${kind}`),
                  }))}
                />
              </div>
            )}
            {signedIn ? (
              <p className="hint">{t('signedIn')}</p>
            ) : (
              <>
                <TextInput name="authorName" label={t('authorName')} required autoComplete="name" />
                <TextInput
                  name="email"
                  label={t('email')}
                  type="email"
                  hint={t('privacy')}
                  required
                  autoComplete="email"
                />
                <p>
                  <Link to="/privacy">{t('privacyPage')}</Link>
                </p>
              </>
            )}
            <div className="visually-hidden" aria-hidden="true">
              <label htmlFor={`${idPrefix}-url`}>{t('honeypot')}</label>
              <input
                id={`${idPrefix}-url`}
                type="text"
                tabIndex={-1}
                autoComplete="off"
                {...form.register('url')}
              />
            </div>
            <div className="form-actions">
              <button type="submit" className="button" disabled={busy}>
                {busy ? t('submitting') : t('submit')}
              </button>
              <button type="button" className="button button--secondary" onClick={onClose}>
                {t('close')}
              </button>
            </div>
          </form>
        </FormProvider>
      )}
    </div>
  );
}
