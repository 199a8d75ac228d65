import { useId, useRef, useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { FormProvider, TextField } from '@/components/ui/form';
import { useFeatureTranslation } from '@/lib/i18n';
import { useAuth } from '@/lib/auth';
import type { Schemas } from '@/lib/api-client';
import {
  collectErrors,
  optional,
  serverFieldErrors,
  useTouched,
  type ServerErrors,
} from '@/lib/form';
import {
  SubmissionError,
  usePostComment,
  type CommentTarget,
} from '@/features/comments/api/comments';
import { waitText } from '@/features/comments/components/retry-after';
import { strings } from '@/features/comments/strings';

export interface CommentDraft {
  authorName: string;
  email: string;
  website: string;
  body: string;
  /** The honeypot: people never see it, so it stays empty. */
  url: string;
}

const emptyDraft: CommentDraft = { authorName: '', email: '', website: '', body: '', url: '' };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Client rules mirroring CommentInput (names and e-mails only for anonymous readers). */
export function validateComment(draft: CommentDraft, anonymous: boolean) {
  const { errors, check } = collectErrors();
  if (anonymous) {
    check('authorName', draft.authorName, { required: true, max: 100 });
    check('email', draft.email, { required: true, max: 254 });
  }
  check('website', draft.website, { max: 500, url: true });
  check('body', draft.body, { required: true, max: 5000 });
  const emailInvalid =
    anonymous &&
    draft.email.trim() !== '' &&
    !('email' in errors) &&
    !EMAIL.test(draft.email.trim());
  return { errors, emailInvalid };
}

interface CommentFormProps {
  target: CommentTarget;
  /** The comment answered (one level of replies). */
  parent?: { id: number; authorName: string };
  onPosted: (receipt: Schemas['SubmissionReceipt']) => void;
  /** The page's comments were closed meanwhile (409). */
  onClosed: () => void;
  onCancel?: () => void;
}

/**
 * The comment form: name and e-mail for anonymous readers (a signed-in member comments under
 * their account), website, body with the allowed HTML, the privacy notice, a honeypot field
 * hidden from people and assistive technologies, and the time the form was shown (the API's
 * minimum-time rule). Server field errors are shown next to their fields; a 429 says when to
 * try again.
 */
export function CommentForm({ target, parent, onPosted, onClosed, onCancel }: CommentFormProps) {
  const { t } = useFeatureTranslation('comments', strings);
  const auth = useAuth();
  const anonymous = auth.status !== 'authenticated';
  const [draft, setDraft] = useState(emptyDraft);
  // When the form was shown: submissions faster than the API's minimum time are spam.
  const [startedAt, setStartedAt] = useState(() => new Date().toISOString());
  const touched = useTouched();
  const post = usePostComment(target);
  const formRef = useRef<HTMLFormElement>(null);
  const prefix = `comment-${useId().replace(/:/g, '')}`;
  const { errors, emailInvalid } = validateComment(draft, anonymous);
  const count = Object.keys(errors).length + (emailInvalid ? 1 : 0);
  const set = (patch: Partial<CommentDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };

  const serverErrors: ServerErrors = serverFieldErrors(post.error);
  const shownErrors: ServerErrors =
    emailInvalid && touched.shows('email')
      ? { ...serverErrors, email: [t('form.email_invalid'), ...(serverErrors.email ?? [])] }
      : serverErrors;

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    touched.setSubmitted(true);
    if (count > 0) {
      requestAnimationFrame(() => {
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      });
      return;
    }
    post.mutate(
      {
        authorName: anonymous ? draft.authorName.trim() : undefined,
        email: anonymous ? draft.email.trim() : undefined,
        website: optional(draft.website),
        body: draft.body,
        parentId: parent?.id,
        url: draft.url,
        formStartedAt: startedAt,
      },
      {
        onSuccess: (receipt) => {
          setDraft(emptyDraft);
          touched.reset();
          setStartedAt(new Date().toISOString());
          onPosted(receipt);
        },
        onError: (error) => {
          if (error instanceof SubmissionError && error.status === 409) onClosed();
          else
            requestAnimationFrame(() => {
              formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
            });
        },
      },
    );
  };

  const headingId = `${prefix}-title`;
  return (
    <FormProvider
      value={{
        idPrefix: prefix,
        clientErrors: errors,
        serverErrors: shownErrors,
        shows: touched.shows,
        touch: touched.touch,
      }}
    >
      <form
        ref={formRef}
        className="inline-form comment-form"
        noValidate
        aria-labelledby={headingId}
        onSubmit={onSubmit}
      >
        <h3 id={headingId}>
          {parent ? t('form.replyTitle', { name: parent.authorName }) : t('form.title')}
        </h3>
        <SubmitStatus error={post.error} invalidCount={touched.submitted ? count : 0} />
        {anonymous ? (
          <>
            <div className="field-row">
              <TextField
                path="authorName"
                label={t('form.name')}
                hint={t('form.nameHint')}
                value={draft.authorName}
                required
                autoComplete="name"
                onChange={(authorName) => {
                  set({ authorName });
                }}
              />
              <TextField
                path="email"
                type="email"
                label={t('form.email')}
                hint={t('form.emailHint')}
                value={draft.email}
                required
                autoComplete="email"
                onChange={(email) => {
                  set({ email });
                }}
              />
            </div>
            <TextField
              path="website"
              type="url"
              label={t('form.website')}
              hint={t('form.websiteHint')}
              value={draft.website}
              autoComplete="url"
              onChange={(website) => {
                set({ website });
              }}
            />
          </>
        ) : (
          <p className="muted">{t('form.signedInAs', { name: auth.account?.name ?? '' })}</p>
        )}
        <TextField
          path="body"
          label={t('form.body')}
          hint={`${t('form.allowedTitle')} — ${t('form.allowedTags')}`}
          value={draft.body}
          multiline
          rows={parent ? 4 : 6}
          required
          onChange={(body) => {
            set({ body });
          }}
        />
        {/* Honeypot: off-screen, out of the tab order and hidden from assistive technologies. */}
        <div className="comment-form__trap" aria-hidden="true">
          <label htmlFor={`${prefix}-url`}>{t('form.honeypot')}</label>
          <input
            id={`${prefix}-url`}
            name="url"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={draft.url}
            onChange={(event) => {
              set({ url: event.target.value });
            }}
          />
        </div>
        {anonymous && (
          <aside className="comment-form__privacy" aria-labelledby={`${prefix}-privacy`}>
            <h4 id={`${prefix}-privacy`}>{t('form.privacyTitle')}</h4>
            <p>
              {t('form.privacy')} <Link to="/comments/erasure">{t('form.privacyErasure')}</Link>
              {' · '}
              <Link to="/privacy">{t('form.privacyPage')}</Link>
            </p>
          </aside>
        )}
        <p className="form-actions">
          <button type="submit" className="button" disabled={post.isPending}>
            {post.isPending ? t('form.sending') : parent ? t('form.submitReply') : t('form.submit')}
          </button>
          {onCancel && (
            <button type="button" className="link-button" onClick={onCancel}>
              {t('form.cancel')}
            </button>
          )}
        </p>
      </form>
    </FormProvider>
  );
}

const FIELDS = new Set(['authorName', 'email', 'website', 'body']);

/** Why the last attempt failed, announced at once (role="alert"). */
function SubmitStatus({ error, invalidCount }: { error: unknown; invalidCount: number }) {
  const { t, i18n } = useFeatureTranslation('comments', strings);
  if (invalidCount === 0 && !error) return null;
  let message: string;
  if (invalidCount > 0) message = t('result.invalid');
  else if (error instanceof SubmissionError) {
    if (error.status === 429) {
      message =
        error.retryAfter === undefined
          ? t('result.tooManyNoDelay')
          : t('result.tooMany', waitText(t, error.retryAfter, i18n.language));
    } else if (error.status === 400) message = t('result.invalid');
    else if (error.status === 404) message = t('result.notFound');
    else if (error.status === 409) message = t('result.closed');
    else message = t('result.error', { status: error.status });
  } else message = t('result.network');
  // Field errors of fields this form does not show (parentId…) are listed here.
  const others =
    invalidCount === 0 && error instanceof SubmissionError
      ? (error.problem?.errors ?? []).filter((item) => !FIELDS.has(item.field ?? ''))
      : [];
  return (
    <div className="form-status form-status--error" role="alert">
      <p>{message}</p>
      {others.length > 0 && (
        <ul>
          {others.map((item, index) => (
            <li key={`${item.field ?? ''}-${index}`}>
              {item.field ? `${item.field} : ` : ''}
              {item.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
