import type { FeatureStrings } from '@/lib/i18n';

/**
 * The few strings of the button that opens the suggestion form. They travel with the pages that
 * show the button (the panorama among them), so they are kept apart from the form's strings
 * (`strings.ts`), which load with the form's chunk on click.
 */
const fr = {
  open: 'Suggérer un sujet ou un allié',
  /** Read after the button's text, so that each axis' button has a name of its own. */
  openFor: 'pour « {{name}} »',
  loading: 'Chargement du formulaire…',
};

export const launcherStrings: FeatureStrings<typeof fr> = {
  fr,
  en: {
    open: 'Suggest a subject or an ally',
    openFor: 'for “{{name}}”',
    loading: 'Loading the form…',
  },
};

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    suggestionsLauncher: typeof fr;
  }
}
