import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the history panel. */
const fr = {
  title: 'Historique',
  intro: 'Qui a modifié quoi, et quand (du plus récent au plus ancien).',
  empty: 'Aucune modification enregistrée.',
  forbidden: 'Seules les personnes qui peuvent modifier cette page en lisent l’historique.',
  failed: 'L’historique n’a pas pu être chargé ({{status}}).',
  CREATED: 'Création',
  UPDATED: 'Modification',
  by: 'par {{name}}',
  deleted: 'par un compte supprimé',
  system: 'par la plateforme (données de démonstration, import)',
  field: 'Champ',
  before: 'Avant',
  after: 'Après',
  none: '(vide)',
  noField: 'Aucun champ suivi n’a changé (listes ou traductions).',
  previous: 'Modifications plus récentes',
  next: 'Modifications plus anciennes',
  page: 'Page {{page}} sur {{pages}}',
};

const en: typeof fr = {
  title: 'History',
  intro: 'Who changed what, and when (newest first).',
  empty: 'No change recorded.',
  forbidden: 'Only those who may edit this page read its history.',
  failed: 'The history could not be loaded ({{status}}).',
  CREATED: 'Created',
  UPDATED: 'Changed',
  by: 'by {{name}}',
  deleted: 'by a deleted account',
  system: 'by the platform (demo data, import)',
  field: 'Field',
  before: 'Before',
  after: 'After',
  none: '(empty)',
  noField: 'No tracked field changed (lists or translations).',
  previous: 'Newer changes',
  next: 'Older changes',
  page: 'Page {{page}} of {{pages}}',
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    history: typeof fr;
  }
}
