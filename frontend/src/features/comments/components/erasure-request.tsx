import { useRef, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { FormProvider, TextField } from '@/components/ui/form';
import { useAuth } from '@/lib/auth';
import { collectErrors, serverFieldErrors, useTouched } from '@/lib/form';
import { useFeatureTranslation } from '@/lib/i18n';
import { SubmissionError, useRequestErasure } from '@/features/comments/api/comments';
import { waitText } from '@/features/comments/components/retry-after';
import { strings } from '@/features/comments/strings';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Asking for one's comments to be erased: an e-mail address, to which the API mails a link
 * (valid 48 hours, single use) when it sent comments or suggestions. The answer is the same
 * whether it did or not, so that nobody learns who commented.
 */
export function ErasureRequest() {
  const { t, i18n } = useFeatureTranslation('comments', strings);
  const auth = useAuth();
  const [email, setEmail] = useState('');
  const touched = useTouched();
  const request = useRequestErasure();
  const formRef = useRef<HTMLFormElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const { errors, check } = collectErrors();
  check('email', email, { required: true, max: 254 });
  const malformed = !('email' in errors) && !EMAIL.test(email.trim());
  const server = serverFieldErrors(request.error);
  const shown =
    malformed && touched.shows('email')
      ? { ...server, email: [t('form.email_invalid'), ...(server.email ?? [])] }
      : server;
  const count = Object.keys(errors).length + (malformed ? 1 : 0);

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    touched.setSubmitted(true);
    if (count > 0) {
      requestAnimationFrame(() => {
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      });
      return;
    }
    request.mutate(
      { email: email.trim(), language: i18n.language === 'en' ? 'en' : 'fr' },
      {
        onSuccess: () => {
          requestAnimationFrame(() => {
            status.current?.focus();
          });
        },
      },
    );
  };

  let failure: string | undefined;
  if (request.error instanceof SubmissionError) {
    failure =
      request.error.status === 429
        ? request.error.retryAfter === undefined
          ? t('result.tooManyNoDelay')
          : t('result.tooMany', waitText(t, request.error.retryAfter, i18n.language))
        : request.error.status === 400
          ? t('result.invalid')
          : t('erasure.failed', { status: request.error.status });
  } else if (request.error) failure = t('result.network');

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
      <FormProvider
        value={{
          idPrefix: 'erasure',
          clientErrors: errors,
          serverErrors: shown,
          shows: touched.shows,
          touch: touched.touch,
        }}
      >
        <form ref={formRef} className="inline-form" noValidate onSubmit={onSubmit}>
          {failure && (
            <p className="form-status form-status--error" role="alert">
              {failure}
            </p>
          )}
          <TextField
            path="email"
            type="email"
            label={t('erasure.email')}
            value={email}
            required
            autoComplete="email"
            onChange={setEmail}
          />
          <p className="form-actions">
            <button type="submit" className="button" disabled={request.isPending}>
              {request.isPending ? t('erasure.sending') : t('erasure.submit')}
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
