import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormProvider, FormStatus, SelectField, TextField } from '@/components/ui/form';
import { ApiError, type Schemas } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { collectErrors, messagesFor, optional, serverFieldErrors, useTouched } from '@/lib/form';
import { useFeatureTranslation } from '@/lib/i18n';
import {
  SubmissionLimited,
  useSubmitSuggestion,
  type SuggestionTarget,
} from '@/features/suggestions/api/suggestions';
import { strings } from '@/features/suggestions/strings';

type Kind = Schemas['SuggestionKind'];
type ActorKind = Schemas['ActorKind'];

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
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Draft {
  kind: Kind;
  title: string;
  description: string;
  website: string;
  actorKind: ActorKind | '';
  authorName: string;
  email: string;
  /** The honeypot: people never see it, bots fill it in. */
  url: string;
}

const emptyDraft: Draft = {
  kind: 'MISSING_SUBJECT',
  title: '',
  description: '',
  website: '',
  actorKind: '',
  authorName: '',
  email: '',
  url: '',
};

function focusFirstInvalid(form: HTMLFormElement | null) {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
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
 * field `url` and the time the form was shown (`formStartedAt`). The result is announced in a
 * live region; a refusal (invalid fields, too many submissions) in an alert.
 */
export default function SuggestionForm({ target, name, onClose }: SuggestionFormProps) {
  const { t } = useFeatureTranslation('suggestions', strings);
  const { t: tApp } = useTranslation();
  const auth = useAuth();
  const signedIn = auth.status === 'authenticated';
  const submit = useSubmitSuggestion(target);
  const touched = useTouched();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [startedAt, setStartedAt] = useState(() => new Date().toISOString());
  const [sent, setSent] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const idPrefix = `suggest-${target.kind}-${target.slug}`;
  const headingId = useId();
  const ally = draft.kind === 'POTENTIAL_ALLY';

  useEffect(() => {
    if (sent) resultRef.current?.focus();
  }, [sent]);

  const { errors, check } = collectErrors();
  check('title', draft.title, { required: true, max: 200 });
  check('description', draft.description, { max: 4000 });
  if (ally) check('website', draft.website, { url: true, max: 500 });
  if (!signedIn) {
    check('authorName', draft.authorName, { required: true, max: 100 });
    check('email', draft.email, { required: true, max: 254 });
  }
  // An e-mail rule the shared toolkit does not have: shown like the other messages of the field.
  const badEmail =
    !signedIn && !errors.email && draft.email.trim() !== '' && !EMAIL.test(draft.email.trim());
  const invalidCount = Object.keys(errors).length + (badEmail ? 1 : 0);
  const serverErrors = serverFieldErrors(submit.error);
  if (badEmail && touched.shows('email')) {
    serverErrors.email = [t('emailInvalid'), ...(serverErrors.email ?? [])];
  }

  const set = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    touched.setSubmitted(true);
    if (invalidCount > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    submit.mutate(
      {
        kind: draft.kind,
        title: draft.title.trim(),
        description: optional(draft.description),
        website: ally ? optional(draft.website) : undefined,
        actorKind: ally && draft.actorKind !== '' ? draft.actorKind : undefined,
        authorName: signedIn ? undefined : optional(draft.authorName),
        email: signedIn ? undefined : optional(draft.email),
        url: draft.url === '' ? undefined : draft.url,
        formStartedAt: startedAt,
      },
      {
        onSuccess: () => {
          setSent(true);
        },
        onError: () => {
          focusFirstInvalid(formRef.current);
        },
      },
    );
  };

  const another = () => {
    setDraft((current) => ({
      ...emptyDraft,
      authorName: current.authorName,
      email: current.email,
    }));
    setStartedAt(new Date().toISOString());
    touched.reset();
    submit.reset();
    setSent(false);
  };

  const error = submit.error;
  let refusal: string | undefined;
  if (error instanceof SubmissionLimited) {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    refusal = t('tooMany', { count: minutes });
  } else if (error instanceof ApiError && error.status === 404) {
    refusal = t('gone');
  }

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
        <FormProvider
          value={{
            idPrefix,
            clientErrors: errors,
            serverErrors,
            shows: touched.shows,
            touch: touched.touch,
          }}
        >
          <form ref={formRef} noValidate onSubmit={onSubmit}>
            <p className="hint">{t('intro')}</p>
            {refusal ? (
              <div className="form-status form-status--error" role="alert">
                <p>{t('refused')}</p>
                <p>{refusal}</p>
              </div>
            ) : (
              <FormStatus error={error} invalidCount={touched.submitted ? invalidCount : 0} />
            )}
            <fieldset className="field field--group">
              <legend>{t('kind')}</legend>
              {kinds.map((kind) => (
                <div key={kind} className="checkbox">
                  <input
                    id={`${idPrefix}-kind-${kind}`}
                    type="radio"
                    name={`${idPrefix}-kind`}
                    value={kind}
                    checked={draft.kind === kind}
                    onChange={() => {
                      set({ kind });
                    }}
                  />
                  <label htmlFor={`${idPrefix}-kind-${kind}`}>{t(kind)}</label>
                </div>
              ))}
              {messagesFor(serverErrors, 'kind').length > 0 && (
                <p className="field__error">{messagesFor(serverErrors, 'kind').join(' ')}</p>
              )}
            </fieldset>
            <TextField
              path="title"
              label={ally ? t('allyName') : t('subject')}
              value={draft.title}
              required
              onChange={(title) => {
                set({ title });
              }}
            />
            <TextField
              path="description"
              label={t('description')}
              hint={t('descriptionHint')}
              value={draft.description}
              multiline
              rows={3}
              onChange={(description) => {
                set({ description });
              }}
            />
            {ally && (
              <div className="field-row">
                <TextField
                  path="website"
                  label={t('website')}
                  type="url"
                  value={draft.website}
                  onChange={(website) => {
                    set({ website });
                  }}
                />
                <SelectField
                  path="actorKind"
                  label={t('actorKind')}
                  value={draft.actorKind}
                  options={[
                    { value: '', label: t('unknownKind') },
                    ...actorKinds.map((kind) => ({
                      value: kind,
                      label: tApp(`actorKind.${kind}`),
                    })),
                  ]}
                  onChange={(value) => {
                    set({ actorKind: value as ActorKind | '' });
                  }}
                />
              </div>
            )}
            {signedIn ? (
              <p className="hint">{t('signedIn')}</p>
            ) : (
              <>
                <TextField
                  path="authorName"
                  label={t('authorName')}
                  value={draft.authorName}
                  required
                  autoComplete="name"
                  onChange={(authorName) => {
                    set({ authorName });
                  }}
                />
                <TextField
                  path="email"
                  label={t('email')}
                  type="email"
                  hint={t('privacy')}
                  value={draft.email}
                  required
                  autoComplete="email"
                  onChange={(email) => {
                    set({ email });
                  }}
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
            <div className="form-actions">
              <button type="submit" className="button" disabled={submit.isPending}>
                {submit.isPending ? t('submitting') : t('submit')}
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
