import { useEffect, useMemo, useRef } from 'react';
import { FormProvider } from 'react-hook-form';
import { Link } from 'react-router';
import { zErasureRequest } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { useAuth } from '@/lib/auth';
import { useFeatureTranslation } from '@/lib/i18n';
import { useRequestErasure } from '@/features/comments/api/comments';
import { strings } from '@/features/comments/strings';

const EMAIL = /^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/;

/**
 * Asking for one's comments to be erased: an e-mail address, to which the API mails a link
 * (valid 48 hours, single use) when it sent comments or suggestions. The answer is the same
 * whether it did or not, so that nobody learns who commented. Validated by the contract's
 * `ErasureRequest` (and a well-formed address); a refusal (429 with its delay…) by `ProblemView`.
 */
export function ErasureRequest() {
  const { t, i18n } = useFeatureTranslation('comments', strings);
  const auth = useAuth();
  const request = useRequestErasure();
  const status = useRef<HTMLParagraphElement>(null);
  const emailInvalid = t('form.email_invalid');
  const schema = useMemo(
    () =>
      zErasureRequest.extend({
        email: zErasureRequest.shape.email.regex(EMAIL, { error: emailInvalid }),
      }),
    [emailInvalid],
  );
  const form = useApiForm(schema, { defaultValues: { email: '' } });
  const onSubmit = form.submitWith(async ({ email }) => {
    await request.mutateAsync({
      email: email.trim(),
      language: i18n.language === 'en' ? 'en' : 'fr',
    });
  });
  // The answer takes the focus (the form stays, for another address).
  useEffect(() => {
    if (request.isSuccess) status.current?.focus();
  }, [request.isSuccess]);

  const busy = form.formState.isSubmitting;
  return (
    <>
      <p className="lead">{t('erasure.intro')}</p>
      <p>
        <Link to="/privacy">{t('erasure.privacyPage')}</Link>
      </p>
      {auth.status === 'authenticated' && (
        <p>
          {t('erasure.signedIn')} <Link to="/me/comments">{t('erasure.myComments')}</Link>.
        </p>
      )}
      <FormProvider {...form}>
        <form className="inline-form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <ProblemView error={form.problem} />
          <TextInput
            name="email"
            type="email"
            label={t('erasure.email')}
            required
            autoComplete="email"
          />
          <p className="form-actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('erasure.sending') : t('erasure.submit')}
            </button>
          </p>
        </form>
      </FormProvider>
      <p
        ref={status}
        tabIndex={-1}
        role="status"
        className={request.isSuccess ? 'form-status form-status--ok' : undefined}
      >
        {request.isSuccess ? t('erasure.sent') : ''}
      </p>
    </>
  );
}
