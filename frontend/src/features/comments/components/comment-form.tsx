import { useId, useMemo } from 'react';
import { FormProvider } from 'react-hook-form';
import { Link } from 'react-router';
import type { z } from 'zod';
import { zCommentInput } from '@/api/zod/zod.gen';
import { useApiForm } from '@/components/forms/api-form';
import { InvalidSummary } from '@/components/forms/invalid-summary';
import { TextInput } from '@/components/forms/fields';
import { ProblemView } from '@/components/forms/problem-view';
import { useFeatureTranslation } from '@/lib/i18n';
import { useAuth } from '@/lib/auth';
import { ApiError, type Schemas } from '@/lib/api-client';
import { usePostComment, type CommentTarget } from '@/features/comments/api/comments';
import { strings } from '@/features/comments/strings';

const EMAIL = /^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/;

/** The fields of the contract's `CommentInput` the form fills (the parent is the reply's). */
const commentFields = zCommentInput.omit({ parentId: true });
type CommentFields = z.input<typeof commentFields>;

/**
 * `CommentInput`, with the name and a well-formed e-mail address required of anonymous readers
 * (the API asks for them when nobody is signed in).
 */
export function commentSchema(
  anonymous: boolean,
  emailInvalid: string,
): z.ZodType<z.output<typeof commentFields>, CommentFields> {
  if (!anonymous) return commentFields;
  return commentFields.extend({
    authorName: zCommentInput.shape.authorName.unwrap(),
    email: zCommentInput.shape.email.unwrap().regex(EMAIL, { error: emailInvalid }),
  });
}

const blank = (): CommentFields => ({
  authorName: '',
  email: '',
  website: '',
  body: '',
  url: '',
  // When the form was shown: submissions faster than the API's minimum time are spam.
  formStartedAt: new Date().toISOString(),
});

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
 * minimum-time rule). Validated by the contract's `CommentInput`; the server's field errors are
 * shown on their fields and any refusal (429 with its delay…) by `ProblemView`.
 */
export function CommentForm({ target, parent, onPosted, onClosed, onCancel }: CommentFormProps) {
  const { t } = useFeatureTranslation('comments', strings);
  const auth = useAuth();
  const anonymous = auth.status !== 'authenticated';
  const post = usePostComment(target);
  const prefix = `comment-${useId().replace(/:/g, '')}`;
  const emailInvalid = t('form.email_invalid');
  const schema = useMemo(() => commentSchema(anonymous, emailInvalid), [anonymous, emailInvalid]);
  const form = useApiForm(schema, { defaultValues: blank() });

  const onSubmit = form.submitWith(async (values) => {
    let receipt: Schemas['SubmissionReceipt'];
    try {
      receipt = await post.mutateAsync({
        authorName: anonymous ? values.authorName?.trim() : undefined,
        email: anonymous ? values.email?.trim() : undefined,
        website: anonymous ? values.website : undefined,
        body: values.body,
        parentId: parent?.id,
        url: values.url ?? '',
        formStartedAt: values.formStartedAt,
      });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        onClosed();
        return;
      }
      throw error;
    }
    form.reset(blank());
    onPosted(receipt);
  });

  const headingId = `${prefix}-title`;
  const busy = form.formState.isSubmitting;
  return (
    <FormProvider {...form}>
      <form
        className="inline-form comment-form"
        noValidate
        aria-labelledby={headingId}
        onSubmit={(event) => void onSubmit(event)}
      >
        <h3 id={headingId}>
          {parent ? t('form.replyTitle', { name: parent.authorName }) : t('form.title')}
        </h3>
        <InvalidSummary brief />
        <ProblemView error={form.problem} />
        {anonymous ? (
          <>
            <div className="field-row">
              <TextInput
                name="authorName"
                label={t('form.name')}
                hint={t('form.nameHint')}
                required
                autoComplete="name"
              />
              <TextInput
                name="email"
                type="email"
                label={t('form.email')}
                hint={t('form.emailHint')}
                required
                autoComplete="email"
              />
            </div>
            <TextInput
              name="website"
              type="url"
              label={t('form.website')}
              hint={t('form.websiteHint')}
              autoComplete="url"
            />
          </>
        ) : (
          <p className="muted">{t('form.signedInAs', { name: auth.account?.name ?? '' })}</p>
        )}
        <TextInput
          name="body"
          label={t('form.body')}
          hint={`${t('form.allowedTitle')} — ${t('form.allowedTags')}`}
          multiline
          rows={parent ? 4 : 6}
          required
        />
        {/* Honeypot: off-screen, out of the tab order and hidden from assistive technologies. */}
        <div className="comment-form__trap" aria-hidden="true">
          <label htmlFor={`${prefix}-url`}>{t('form.honeypot')}</label>
          <input
            id={`${prefix}-url`}
            type="text"
            tabIndex={-1}
            autoComplete="off"
            {...form.register('url')}
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
          <button type="submit" className="button" disabled={busy}>
            {busy ? t('form.sending') : parent ? t('form.submitReply') : t('form.submit')}
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
