import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the actor screens (create, edit, delete, sub-units): loaded with them. */
const fr = {
  edit: {
    newTitle: 'Créer un acteur',
    editTitle: 'Modifier l’acteur « {{name}} »',
    create: 'Créer un acteur',
    editLink: 'Modifier l’acteur',
    name: 'Nom',
    kind: 'Type d’acteur',
    slug: 'Identifiant dans les adresses',
    slugHint: 'Minuscules, chiffres et tirets ; déduit du nom si vide.',
    description: 'Description',
    website: 'Site web',
    territory: 'Territoire',
    parent: 'Rattaché à (acteur parent)',
    parentHint: 'Pour une direction ou un service d’une collectivité, d’un organisme.',
    expertise: 'Expertises',
    expertiseHint: 'Une expertise par ligne.',
    sample: 'Donnée d’exemple (n’est pas un fait du programme)',
    deleteTitle: 'Supprimer l’acteur',
    deleteHint:
      'Ses personnes restent, sans acteur ; ses sous-unités restent, sans parent. Cette suppression est définitive.',
  },
  view: {
    parent: 'Rattaché à',
    subUnits: 'Sous-unités',
  },
};

const en: typeof fr = {
  edit: {
    newTitle: 'Create an actor',
    editTitle: 'Edit the actor “{{name}}”',
    create: 'Create an actor',
    editLink: 'Edit the actor',
    name: 'Name',
    kind: 'Kind of actor',
    slug: 'Identifier in addresses',
    slugHint: 'Lower case, digits and hyphens; taken from the name when blank.',
    description: 'Description',
    website: 'Website',
    territory: 'Territory',
    parent: 'Part of (parent actor)',
    parentHint: 'For a directorate or department of a local authority or an organisation.',
    expertise: 'Expertise',
    expertiseHint: 'One expertise a line.',
    sample: 'Sample data (not a fact of the programme)',
    deleteTitle: 'Delete the actor',
    deleteHint:
      'Its people stay, without actor; its sub-units stay, without parent. Deleting cannot be undone.',
  },
  view: {
    parent: 'Part of',
    subUnits: 'Sub-units',
  },
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    actors: typeof fr;
  }
}
