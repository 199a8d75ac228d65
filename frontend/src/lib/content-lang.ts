import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/lib/api-client';

type TextLanguages = Schemas['TextLanguages'] | undefined;

/**
 * The language of one text of a record, as the API says (`languages`): its translation's or its
 * original's. Undefined when the API does not say.
 */
export function textLanguage(languages: TextLanguages, field: string): string | undefined {
  return languages?.texts?.[field] ?? languages?.original;
}

/**
 * `lang` attributes for texts of content: a text in another language than the page's carries
 * its own (WCAG 3.1.2), one in the page's language carries none.
 */
export function useContentLang() {
  const { i18n } = useTranslation();
  const page = i18n.language;
  return (languages: TextLanguages, field: string): { lang?: string } => {
    const lang = textLanguage(languages, field);
    return lang && lang !== page ? { lang } : {};
  };
}
