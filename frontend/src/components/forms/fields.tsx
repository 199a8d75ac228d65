import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, get, useFormContext, type RegisterOptions } from 'react-hook-form';

/**
 * Fields of the forms made with `useApiForm` (inside react-hook-form's `FormProvider`): a label,
 * the control, its error (client rule or the server's message) tied to it with `aria-invalid` and
 * `aria-describedby`.
 */

interface FieldProps {
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
}

interface Wiring {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** The message of a field's error (client rule or server), if any. */
export function useFieldError(name: string): string | undefined {
  const {
    formState: { errors },
  } = useFormContext();
  const error: unknown = get(errors, name);
  if (error && typeof error === 'object' && 'message' in error) {
    const message = (error as { message?: unknown }).message;
    return typeof message === 'string' && message !== '' ? message : undefined;
  }
  return undefined;
}

function Field({
  name,
  label,
  required,
  hint,
  children,
}: FieldProps & { children: (wiring: Wiring) => ReactNode }) {
  const { t } = useTranslation();
  const id = `${useId()}${name}`;
  const error = useFieldError(name);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
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
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

interface TextInputProps extends FieldProps {
  type?: 'text' | 'url' | 'email' | 'date' | 'color' | 'search';
  multiline?: boolean;
  rows?: number;
  autoComplete?: string;
}

/**
 * `register`, with one addition: a field that shows an error is checked again as it is typed, so
 * that a message that no longer applies goes at once (react-hook-form's `onTouched` mode would
 * wait for the field to be left; in a list of `useFieldArray` rows, leaving one field can flag a
 * sibling not yet typed in, whose stale message then vanished under the pointer on the next
 * click and moved the page).
 */
function useRecheckingRegister() {
  const { register, trigger, getFieldState } = useFormContext();
  return (name: string, options: RegisterOptions = {}) =>
    register(name, {
      ...options,
      onChange: () => {
        if (getFieldState(name).error) void trigger(name);
      },
    });
}

export function TextInput({
  type = 'text',
  multiline,
  rows = 4,
  autoComplete,
  ...field
}: TextInputProps) {
  const register = useRecheckingRegister();
  return (
    <Field {...field}>
      {(wiring) =>
        multiline ? (
          <textarea {...wiring} {...register(field.name)} rows={rows} />
        ) : (
          <input
            {...wiring}
            {...register(field.name)}
            type={type}
            autoComplete={autoComplete}
            required={field.required}
          />
        )
      }
    </Field>
  );
}

const asNumber: RegisterOptions['setValueAs'] = (value: unknown) => {
  if (typeof value === 'number') return value;
  const text = (typeof value === 'string' ? value : '').trim().replace(',', '.');
  return text === '' ? undefined : Number(text);
};

/** A number typed with a dot or a comma; blank is "none". */
export function NumberInput(field: FieldProps) {
  const register = useRecheckingRegister();
  return (
    <Field {...field}>
      {(wiring) => (
        <input
          {...wiring}
          {...register(field.name, { setValueAs: asNumber })}
          inputMode="decimal"
          required={field.required}
        />
      )}
    </Field>
  );
}

interface SelectInputProps extends FieldProps {
  options: readonly { value: string; label: string }[];
  /** The label of the empty choice, for an optional field. */
  emptyLabel?: string;
}

export function SelectInput({ options, emptyLabel, ...field }: SelectInputProps) {
  const register = useRecheckingRegister();
  return (
    <Field {...field}>
      {(wiring) => (
        <select {...wiring} {...register(field.name)} required={field.required}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A list of short texts (keywords), one a line. */
export function LinesInput({ rows = 4, ...field }: FieldProps & { rows?: number }) {
  const { control } = useFormContext();
  return (
    <Controller
      control={control}
      name={field.name}
      render={({ field: { value, onChange, onBlur, ref } }) => (
        <Field {...field}>
          {(wiring) => (
            <textarea
              {...wiring}
              ref={ref}
              rows={rows}
              value={Array.isArray(value) ? value.join('\n') : ''}
              onBlur={onBlur}
              onChange={(event) => {
                onChange(event.target.value.split('\n'));
              }}
            />
          )}
        </Field>
      )}
    />
  );
}

export function CheckboxInput({ name, label }: { name: string; label: string }) {
  const { register } = useFormContext();
  const id = `${useId()}${name}`;
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" {...register(name)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
