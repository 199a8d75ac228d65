import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '@/components/forms/fields';

/**
 * A wall-clock date and time (`<input type="datetime-local">`) of a `useApiForm` form, wired like
 * the fields of `components/forms/fields.tsx`: label, hint, its error tied with `aria-invalid` and
 * `aria-describedby`. The value is `2020-04-21T09:30`; the form converts it with the event's zone.
 */
export function DateTimeInput({
  name,
  label,
  hint,
  required,
}: {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  const id = `${useId()}${name}`;
  const error = useFieldError(name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field__required"> ({t('form.requiredMark')})</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type="datetime-local"
        {...register(name)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
