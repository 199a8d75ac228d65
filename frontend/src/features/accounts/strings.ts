import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the administrators' accounts screen (issue 12): loaded with it. */
const fr = {
  title: 'Comptes',
  intro:
    'Les acteurs pour lesquels chaque compte agit (ses engagements, ses témoignages) et les territoires qu’il gère comme responsable de territoire. Les rôles se donnent dans le serveur d’identité.',
  empty: 'Aucun compte.',
  username: 'Identifiant',
  actors: 'Agit pour',
  territories: 'Gère',
  none: 'aucun',
  edit: 'Modifier les liens',
  editOf: 'Modifier les liens de {{name}}',
  formOf: 'Liens de {{name}}',
  actorsField: 'Acteurs pour lesquels le compte agit',
  actorsHint: 'Cherchez un acteur par son nom.',
  territoriesField: 'Territoires gérés',
  territoriesHint:
    'Cherchez un territoire par son nom ; le compte gère aussi les territoires en dessous. Il lui faut aussi le rôle de responsable de territoire.',
  saved: 'Liens de {{name}} enregistrés.',
};

const en: typeof fr = {
  title: 'Accounts',
  intro:
    'The actors each account acts for (its commitments, its testimonies) and the territories it manages as a territory manager. Roles are given in the identity server.',
  empty: 'No account.',
  username: 'Username',
  actors: 'Acts for',
  territories: 'Manages',
  none: 'none',
  edit: 'Edit the links',
  editOf: 'Edit the links of {{name}}',
  formOf: 'Links of {{name}}',
  actorsField: 'Actors the account acts for',
  actorsHint: 'Search for an actor by name.',
  territoriesField: 'Territories managed',
  territoriesHint:
    'Search for a territory by name; the account also manages the territories below it. It also needs the territory manager role.',
  saved: 'Links of {{name}} saved.',
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    accounts: typeof fr;
  }
}
