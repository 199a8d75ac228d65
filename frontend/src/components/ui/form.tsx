import { createContext, use, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { ApiError } from '@/lib/api-client';
import { isStale, messagesFor, type ClientErrors, type Rule, type ServerErrors } from '@/lib/form';

interface FormState {
  /** Prefix of the ids, so that two forms on a page never share one. */
  idPrefix: string;
  clientErrors: ClientErrors;
  serverErrors: ServerErrors;
  shows: (path: string) => boolean;
  touch: (path: string) => void;
}

const FormContext = createContext<FormState | null>(null);

export function FormProvider({ value, children }: { value: FormState; children: ReactNode }) {
  return <FormContext value={value}>{children}</FormContext>;
}

function useForm(): FormState {
  const form = use(FormContext);
  if (!form) throw new Error('Form fields need a FormProvider');
  return form;
}

export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

function useRuleMessage() {
  const { t } = useTranslation();
  return (rule: Rule): string => {
    switch (rule.code) {
      case 'tooLong':
        return t('form.tooLong', { max: rule.max });
      default:
        return t(`form.${rule.code}`);
    }
  };
}

/** Wiring of one field: ids, its visible errors, aria attributes. */
function useField(path: string) {
  const form = useForm();
  const ruleMessage = useRuleMessage();
  const id = fieldId(form.idPrefix, path);
  const rule = form.shows(path) ? form.clientErrors[path] : undefined;
  const messages = [...(rule ? [ruleMessage(rule)] : []), ...messagesFor(form.serverErrors, path)];
  const errorId = `${id}-error`;
  return {
    id,
    messages,
    errorId,
    touch: () => {
      form.touch(path);
    },
    aria: {
      'aria-invalid': messages.length > 0 ? true : undefined,
      'aria-describedby': messages.length > 0 ? errorId : undefined,
    },
  };
}

function FieldErrors({ id, messages }: { id: string; messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <p className="field__error" id={id}>
      {messages.join(' ')}
    </p>
  );
}

interface TextFieldProps {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url' | 'email' | 'date' | 'datetime-local' | 'number';
  hint?: string;
  inputMode?: 'decimal' | 'numeric';
  autoComplete?: string;
}

export function TextField({
  path,
  label,
  value,
  onChange,
  required = false,
  multiline = false,
  rows = 4,
  type = 'text',
  hint,
  inputMode,
  autoComplete,
}: TextFieldProps) {
  const { t } = useTranslation();
  const field = useField(path);
  const hintId = `${field.id}-hint`;
  const describedBy =
    [hint ? hintId : undefined, field.aria['aria-describedby']].filter(Boolean).join(' ') ||
    undefined;
  const common = {
    id: field.id,
    name: path,
    value,
    required,
    'aria-invalid': field.aria['aria-invalid'],
    'aria-describedby': describedBy,
    onBlur: field.touch,
  };
  return (
    <div className={`field${field.messages.length > 0 ? ' field--invalid' : ''}`}>
      <label htmlFor={field.id}>
        {label}
        {required && <span className="field__required"> ({t('form.requiredMark')})</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          {...common}
          rows={rows}
          onChange={(event) => {
            onChange(event.target.value);
            field.touch();
          }}
        />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          onChange={(event) => {
            onChange(event.target.value);
            field.touch();
          }}
        />
      )}
      <FieldErrors id={field.errorId} messages={field.messages} />
    </div>
  );
}

interface SelectFieldProps {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  required?: boolean;
}

export function SelectField({ path, label, value, onChange, options, required }: SelectFieldProps) {
  const field = useField(path);
  return (
    <div className={`field${field.messages.length > 0 ? ' field--invalid' : ''}`}>
      <label htmlFor={field.id}>{label}</label>
      <select
        id={field.id}
        name={path}
        value={value}
        required={required}
        {...field.aria}
        onChange={(event) => {
          onChange(event.target.value);
          field.touch();
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldErrors id={field.errorId} messages={field.messages} />
    </div>
  );
}

interface CheckboxGroupProps {
  path: string;
  legend: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  options: readonly { value: string; label: string }[];
}

export function CheckboxGroup({ path, legend, values, onChange, options }: CheckboxGroupProps) {
  const field = useField(path);
  return (
    <fieldset className="field field--group" aria-describedby={field.aria['aria-describedby']}>
      <legend>{legend}</legend>
      {options.map((option) => {
        const id = `${field.id}-${option.value}`;
        return (
          <div key={option.value} className="checkbox">
            <input
              id={id}
              type="checkbox"
              checked={values.includes(option.value)}
              onChange={(event) => {
                onChange(
                  event.target.checked
                    ? [...values, option.value]
                    : values.filter((value) => value !== option.value),
                );
              }}
            />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
      <FieldErrors id={field.errorId} messages={field.messages} />
    </fieldset>
  );
}

export function CheckboxField({
  path,
  label,
  checked,
  onChange,
}: {
  path: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const field = useField(path);
  return (
    <div className="checkbox">
      <input
        id={field.id}
        name={path}
        type="checkbox"
        checked={checked}
        {...field.aria}
        onChange={(event) => {
          onChange(event.target.checked);
        }}
      />
      <label htmlFor={field.id}>{label}</label>
      <FieldErrors id={field.errorId} messages={field.messages} />
    </div>
  );
}

interface FormStatusProps {
  /** The last save's error, if any. */
  error: unknown;
  /** Client rules broken when the user tried to save. */
  invalidCount: number;
  /** For a 412: reload the current version (discarding the edits). */
  onReload?: () => void;
  /** Text of the stale message (which resource changed). */
  staleMessage?: string;
  saved?: boolean;
}

/** What happened to the last attempt to save: announced to screen readers. */
export function FormStatus({
  error,
  invalidCount,
  onReload,
  staleMessage,
  saved,
}: FormStatusProps) {
  const { t } = useTranslation();
  if (invalidCount > 0) {
    return (
      <div className="form-status form-status--error" role="alert">
        {t('form.invalid', { count: invalidCount })}
      </div>
    );
  }
  if (isStale(error)) {
    return (
      <div className="form-status form-status--error" role="alert">
        <p>{staleMessage ?? t('form.stale')}</p>
        {onReload && (
          <button type="button" className="button" onClick={onReload}>
            {t('form.reload')}
          </button>
        )}
      </div>
    );
  }
  if (error instanceof ApiError) {
    const fieldErrors = error.problem?.errors ?? [];
    let message: string;
    if (error.status === 400 && fieldErrors.length > 0) message = t('form.serverInvalid');
    else if (error.status === 401) message = t('form.unauthorized');
    else if (error.status === 403) message = t('form.forbidden');
    else if (error.status === 409)
      message = t('form.conflict', { detail: error.problem?.detail ?? '' });
    else if (error.status === 429) message = t('form.tooManyRequests');
    else message = t('state.httpError', { status: error.status });
    return (
      <div className="form-status form-status--error" role="alert">
        <p>{message}</p>
        {fieldErrors.length > 0 && (
          <ul>
            {fieldErrors.map((item, index) => (
              <li key={`${item.field ?? ''}-${index}`}>
                <code>{item.field}</code> : {item.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  if (error) {
    return (
      <div className="form-status form-status--error" role="alert">
        {t('state.networkError')}
      </div>
    );
  }
  if (saved) {
    return (
      <div className="form-status form-status--ok" role="status">
        {t('form.saved')}
      </div>
    );
  }
  return null;
}

/** A page shown instead of a form to someone without the right (the API would answer 403). */
export function NotAllowed({ signedIn, onSignIn }: { signedIn: boolean; onSignIn: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('form.notAllowedTitle'));
  return (
    <section className="not-allowed" aria-labelledby="not-allowed-title">
      <h1 id="not-allowed-title">{t('form.notAllowedTitle')}</h1>
      <p>{signedIn ? t('form.notAllowedText') : t('form.signInText')}</p>
      <p className="actions">
        {!signedIn && (
          <button type="button" className="button" onClick={onSignIn}>
            {t('auth.signIn')}
          </button>
        )}
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
