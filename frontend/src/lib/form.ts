import { useCallback, useState } from 'react';
import { ApiError } from '@/lib/api-client';

/**
 * Form helpers shared by the edit pages: client rules that mirror the contract's constraints,
 * and the server's RFC 9457 field errors (`errors[].field` such as `title` or
 * `problems[0].title`) keyed by the same paths as the form's fields.
 */

/** A client rule broken by a value; translated by the form (`form.<code>`). */
export type Rule =
  | { code: 'required' }
  | { code: 'tooLong'; max: number }
  | { code: 'url' }
  | { code: 'number' }
  | { code: 'slug' }
  | { code: 'endBeforeStart' };

/** Field path -> the first broken rule. */
export type ClientErrors = Record<string, Rule>;
/** Field path -> the server's messages for it. */
export type ServerErrors = Record<string, string[]>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const URL_PATTERN = /^https?:\/\/\S+$/;

interface TextRules {
  required?: boolean;
  max?: number;
  url?: boolean;
  number?: boolean;
  slug?: boolean;
}

/** The first rule `value` breaks, if any. */
export function checkText(value: string, rules: TextRules): Rule | undefined {
  const blank = value.trim() === '';
  if (blank) return rules.required ? { code: 'required' } : undefined;
  if (rules.max !== undefined && value.length > rules.max)
    return { code: 'tooLong', max: rules.max };
  if (rules.url && !URL_PATTERN.test(value.trim())) return { code: 'url' };
  if (rules.number && !Number.isFinite(Number(value.replace(',', '.')))) return { code: 'number' };
  if (rules.slug && !SLUG.test(value.trim())) return { code: 'slug' };
  return undefined;
}

/** Collects broken rules: `check(path, value, rules)` for each field, then `errors`. */
export function collectErrors() {
  const errors: ClientErrors = {};
  const check = (path: string, value: string, rules: TextRules) => {
    const rule = checkText(value, rules);
    if (rule) errors[path] ??= rule;
  };
  const add = (path: string, rule: Rule) => {
    errors[path] ??= rule;
  };
  return { errors, check, add };
}

/** The field errors of a 400 problem, by field path. */
export function serverFieldErrors(error: unknown): ServerErrors {
  const result: ServerErrors = {};
  if (!(error instanceof ApiError)) return result;
  for (const item of error.problem?.errors ?? []) {
    const field = item.field ?? '';
    (result[field] ??= []).push(item.message ?? '');
  }
  return result;
}

/** Messages for a field: its own and those of its elements (`keywords` gets `keywords[2]`). */
export function messagesFor(errors: ServerErrors, path: string): string[] {
  return Object.entries(errors)
    .filter(([field]) => field === path || field.startsWith(`${path}[`))
    .flatMap(([, messages]) => messages);
}

/** 412: the resource changed since it was read (If-Match no longer matches). */
export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** Text split into trimmed non-empty items, by commas or new lines. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Undefined for blank text, so that optional fields are left out of the request. */
export function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function optionalNumber(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? undefined : Number(trimmed);
}

/**
 * Which fields show their client errors: a field once it has been changed or left, every field
 * once the form has been submitted. Validation runs on every render, so it follows the typing.
 */
export function useTouched() {
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const touch = useCallback((path: string) => {
    setTouched((current) => (current.has(path) ? current : new Set(current).add(path)));
  }, []);
  const shows = useCallback((path: string) => submitted || touched.has(path), [submitted, touched]);
  const reset = useCallback(() => {
    setTouched(new Set());
    setSubmitted(false);
  }, []);
  return { touch, shows, submitted, setSubmitted, reset };
}
