import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
} from 'react-hook-form';
import type { z } from 'zod';
import { useFeatureTranslation } from '@/lib/i18n';
import { ApiError } from '@/lib/api-client';
import { strings } from '@/components/forms/strings';

/**
 * The one way to do forms (issue 12): react-hook-form, validated by the zod schema generated from
 * the contract (`src/api/zod/zod.gen.ts`, `npm run gen:api`), so the client checks exactly what the
 * API's `@Valid` records check. The form's values are the request body: blank texts are left out
 * before validation (`withoutBlanks`), and a 400 problem's `errors[].field` is placed on the field
 * of that path. Any other problem is for `ProblemView`.
 */

/** A form's values with blank texts left out (so optional fields are omitted from the body). */
export function withoutBlanks(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (Array.isArray(value)) {
    return value.map(withoutBlanks).filter((item) => item !== undefined);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withoutBlanks(item)]),
    );
  }
  return value;
}

/**
 * The form field of a server field path: `problems[0].title` is `problems.0.title`; an element
 * of a list field (`keywords[2]`) is shown on the list (`keywords`).
 */
export function serverFieldPath(field: string): string {
  return field.replace(/\[\d+\]$/, '').replace(/\[(\d+)\]/g, '.$1');
}

/** Places a 400 problem's field errors on their fields (the first one gets the focus). */
export function placeServerErrors<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'setError'>,
  error: unknown,
): void {
  if (!(error instanceof ApiError) || error.status !== 400) return;
  const byField = new Map<string, string[]>();
  for (const item of error.problem?.errors ?? []) {
    if (!item.field) continue;
    const path = serverFieldPath(item.field);
    byField.set(path, [...(byField.get(path) ?? []), item.message ?? '']);
  }
  let first = true;
  for (const [path, messages] of byField) {
    form.setError(
      path as Path<T>,
      { type: 'server', message: messages.join(' ') },
      { shouldFocus: first },
    );
    first = false;
  }
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** zod's issues in the reader's language, with the app's wording for the contract's patterns. */
export function issueMessage(t: Translate) {
  return (issue: z.core.$ZodRawIssue): string | undefined => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined || issue.input === null)
          return t('translation:form.required');
        if (issue.expected === 'number' || issue.expected === 'int') return t('validation.number');
        return t('validation.pattern');
      case 'too_big':
        return issue.origin === 'string' || issue.origin === 'array'
          ? t('translation:form.tooLong', { max: issue.maximum })
          : t('validation.tooBig', { max: issue.maximum });
      case 'too_small':
        return issue.origin === 'string' || issue.origin === 'array'
          ? t('validation.tooShort', { min: issue.minimum })
          : t('validation.tooSmall', { min: issue.minimum });
      case 'invalid_format': {
        const pattern = 'pattern' in issue ? String(issue.pattern) : '';
        if (pattern === '\\S' || pattern === '/\\S/') return t('translation:form.required');
        if (/https?|\[hH\]/.test(pattern)) return t('translation:form.url');
        if (pattern.includes('a-z0-9]+(?:-')) return t('translation:form.slug');
        if (pattern.includes('#[0-9a-fA-F]')) return t('validation.colour');
        if (issue.format === 'date') return t('validation.date');
        return t('validation.pattern');
      }
      case 'invalid_value':
      case 'invalid_union':
        return t('validation.choose');
      default:
        return undefined;
    }
  };
}

interface ApiFormOptions<In extends FieldValues> {
  defaultValues?: DefaultValues<In>;
}

/**
 * A react-hook-form form validated by a generated schema. `submitWith(send)` validates, sends the
 * body, keeps the failure for `ProblemView` (`problem`) and places its field errors.
 */
export function useApiForm<In extends FieldValues, Out extends FieldValues>(
  schema: z.ZodType<Out, In>,
  options: ApiFormOptions<In> = {},
) {
  const { t } = useFeatureTranslation('forms', strings);
  const [problem, setProblem] = useState<unknown>(null);
  const base = zodResolver(schema, { error: issueMessage(t as unknown as Translate) });
  const resolver: Resolver<In, unknown, Out> = (values, context, resolverOptions) =>
    base(withoutBlanks(values) as In, context, resolverOptions);
  const form = useForm<In, unknown, Out>({
    resolver,
    defaultValues: options.defaultValues,
    mode: 'onTouched',
  });
  const submitWith = (send: (body: Out) => Promise<unknown>) =>
    form.handleSubmit(async (body) => {
      setProblem(null);
      try {
        await send(body);
      } catch (error) {
        setProblem(error);
        placeServerErrors(form, error);
      }
    });
  return { ...form, problem, setProblem, submitWith };
}
