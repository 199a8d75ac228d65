import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { fr, type Translations } from '@/locales/fr';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fr';
export const LANGUAGE_STORAGE_KEY = 'fabrique.language';

/**
 * Strings of features loaded on demand, one namespace each, so that they travel with the feature's
 * chunk instead of the start-up bundle. A feature declares its namespace by augmenting this
 * interface (`declare module '@/lib/i18n' { interface FeatureNamespaces { comments: typeof fr } }`)
 * and reads it with `useFeatureTranslation`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FeatureNamespaces {}

/** A feature's strings in every language; English must have the same keys as French. */
export type FeatureStrings<T> = Record<Language, T>;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr } & FeatureNamespaces;
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The `lang` of the page's URL (shareable links carry the language), when it names one. */
export function urlLanguage(search: string = window.location.search): Language | undefined {
  const lang = new URLSearchParams(search).get('lang');
  return isLanguage(lang) ? lang : undefined;
}

function storedLanguage(): Language {
  const fromUrl = urlLanguage();
  if (fromUrl) return fromUrl;
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

/**
 * The app's strings in each language. French, the default and the fallback of every missing key,
 * is in the start-up bundle; the other languages are chunks of their own, loaded when chosen: a
 * reader never downloads nor parses the strings of a language they do not read.
 */
const bundles: Record<Language, () => Promise<Translations>> = {
  fr: () => Promise.resolve(fr),
  en: async () => (await import('@/locales/en')).en,
};

/** Strings already at hand, by language (French always is). */
export type LoadedStrings = Partial<Record<Language, Translations>>;

/**
 * A fresh i18next instance: French by default, or the language chosen earlier (localStorage).
 * Each change is remembered and sets `<html lang>`. It holds French and the `strings` given; a
 * language of neither must be loaded first (`startI18n`, `switchLanguage`).
 */
export function createI18n(
  language: Language = storedLanguage(),
  strings: LoadedStrings = {},
): I18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
    } catch {
      // Storage may be disabled: the choice then lasts for the visit only.
    }
  });
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(
      Object.entries({ ...strings, fr }).map(([lng, translation]) => [lng, { translation }]),
    ),
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = language;
  return instance;
}

/** The i18next instance the app starts with: the reader's language, its strings loaded. */
export async function startI18n(language: Language = storedLanguage()): Promise<I18n> {
  return createI18n(language, { [language]: await bundles[language]() });
}

/** Loads the language's strings when they are not there yet, then switches to it. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    instance.addResourceBundle(language, 'translation', await bundles[language]());
  }
  await instance.changeLanguage(language);
}

/**
 * `useTranslation(namespace)` for a feature whose strings load with its chunk: the bundles are
 * added to the running instance the first time the feature renders (then kept).
 */
export function useFeatureTranslation<N extends keyof FeatureNamespaces>(
  namespace: N,
  strings: FeatureStrings<FeatureNamespaces[N]>,
) {
  const { i18n } = useTranslation();
  for (const language of languages) {
    if (!i18n.hasResourceBundle(language, namespace)) {
      i18n.addResourceBundle(language, namespace, strings[language]);
    }
  }
  return useTranslation(namespace);
}
