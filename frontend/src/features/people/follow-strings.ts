import type { FeatureStrings } from '@/lib/i18n';

/**
 * Strings of the follow button, on the landing pages (panorama, coalition): apart from the rest of
 * the people feature's strings so that those pages do not load them.
 */
const fr = {
  follow: 'Suivre',
  following: 'Suivi',
  followLabel: 'Suivre « {{name}} »',
  failed: 'Le changement n’a pas pu être enregistré ({{status}}).',
};

export const strings: FeatureStrings<typeof fr> = {
  fr,
  en: {
    follow: 'Follow',
    following: 'Following',
    followLabel: 'Follow “{{name}}”',
    failed: 'The change could not be saved ({{status}}).',
  },
};

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    follow: typeof fr;
  }
}
