import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Controller, useFormContext } from 'react-hook-form';
import { useFieldError } from '@/components/forms/fields';
import { useFeatureTranslation } from '@/lib/i18n';
import { strings } from '@/components/forms/strings';
import { useDebounced } from '@/lib/use-debounced';

export interface PickerOption {
  value: string;
  label: string;
}

interface ApiPickerProps {
  name: string;
  label: string;
  hint?: string;
  /** Asks the API for the options matching the words typed (a list endpoint's `q`). */
  search: (q: string, signal: AbortSignal) => Promise<PickerOption[]>;
  /** One value (a slug) or several. */
  multiple?: boolean;
  /** Labels of the values the form starts with. */
  initial?: readonly PickerOption[];
  /** Values never offered (the resource itself, for a parent). */
  exclude?: readonly string[];
}

/**
 * Chooses resources by searching the API (issue 12: nobody types slugs): a search box, the
 * matches as buttons, the choices with a button to remove each. The form's value is the slug (or
 * the list of slugs) the API takes.
 */
export function ApiPicker({
  name,
  label,
  hint,
  search,
  multiple = false,
  initial = [],
  exclude = [],
}: ApiPickerProps) {
  const { t } = useFeatureTranslation('forms', strings);
  const { control } = useFormContext();
  const id = `${useId()}${name}`;
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(
    () => new Map(initial.map((option) => [option.value, option.label])),
  );
  const results = useQuery({
    queryKey: ['picker', name, q],
    queryFn: ({ signal }) => search(q, signal),
    enabled: q !== '',
    staleTime: 30_000,
  });
  const error = useFieldError(name) ?? '';
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field: { value, onChange } }) => {
        const chosen: string[] = multiple
          ? Array.isArray(value)
            ? (value as unknown[]).filter((item): item is string => typeof item === 'string')
            : []
          : typeof value === 'string' && value !== ''
            ? [value]
            : [];
        const choose = (option: PickerOption) => {
          setLabels((current) => new Map(current).set(option.value, option.label));
          onChange(multiple ? [...chosen, option.value] : option.value);
          setText('');
        };
        const remove = (slug: string) => {
          onChange(multiple ? chosen.filter((item) => item !== slug) : undefined);
        };
        const offered = (results.data ?? []).filter(
          (option) => !chosen.includes(option.value) && !exclude.includes(option.value),
        );
        return (
          <fieldset
            className={`field field--group picker${error ? ' field--invalid' : ''}`}
            aria-describedby={
              [hint ? hintId : '', error ? errorId : ''].join(' ').trim() || undefined
            }
          >
            <legend>{label}</legend>
            {hint && (
              <p className="hint" id={hintId}>
                {hint}
              </p>
            )}
            <p className="picker__chosen">
              <span>{t('picker.chosen')} : </span>
              {chosen.length === 0 && <span>{t('picker.none')}</span>}
            </p>
            {chosen.length > 0 && (
              <ul className="picker__list" aria-label={`${label} — ${t('picker.chosen')}`}>
                {chosen.map((slug) => {
                  const shown = labels.get(slug) ?? slug;
                  return (
                    <li key={slug}>
                      {shown}{' '}
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('picker.remove', { label: shown })}
                        onClick={() => {
                          remove(slug);
                        }}
                      >
                        ×
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
            <label htmlFor={id}>
              {t('picker.search')} ({label})
            </label>
            <input
              id={id}
              type="search"
              value={text}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              onChange={(event) => {
                setText(event.target.value);
              }}
            />
            <div aria-live="polite">
              {q !== '' && results.isFetching && <p className="hint">{t('picker.searching')}</p>}
              {q !== '' && results.isSuccess && offered.length === 0 && (
                <p className="hint">{t('picker.noResult')}</p>
              )}
              {q !== '' && offered.length > 0 && (
                <ul className="picker__results">
                  {offered.map((option) => (
                    <li key={option.value}>
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        aria-label={t('picker.choose', { label: option.label })}
                        onClick={() => {
                          choose(option);
                        }}
                      >
                        {option.label}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            {error && (
              <p className="field__error" id={errorId}>
                {error}
              </p>
            )}
          </fieldset>
        );
      }}
    />
  );
}
