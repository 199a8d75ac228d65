import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the axis screens (administrators): loaded with them. */
const fr = {
  edit: {
    newTitle: 'Créer un axe',
    editTitle: 'Modifier l’axe « {{name}} »',
    create: 'Créer un axe',
    editLink: 'Modifier l’axe',
    name: 'Nom',
    slug: 'Identifiant dans les adresses',
    slugHint: 'Minuscules, chiffres et tirets ; déduit du nom si vide.',
    description: 'Description',
    colour: 'Couleur',
    colourHint: 'Au format #RRGGBB, contrastée sur fond blanc.',
    position: 'Position dans le panorama',
    sample: 'Donnée d’exemple (n’est pas un fait du programme)',
    deleteTitle: 'Supprimer l’axe',
    deleteHint: 'Les coalitions restent, sans cet axe. Cette suppression est définitive.',
  },
};

const en: typeof fr = {
  edit: {
    newTitle: 'Create an axis',
    editTitle: 'Edit the axis “{{name}}”',
    create: 'Create an axis',
    editLink: 'Edit the axis',
    name: 'Name',
    slug: 'Identifier in addresses',
    slugHint: 'Lower case, digits and hyphens; taken from the name when blank.',
    description: 'Description',
    colour: 'Colour',
    colourHint: 'As #RRGGBB, contrasted on white.',
    position: 'Position in the panorama',
    sample: 'Sample data (not a fact of the programme)',
    deleteTitle: 'Delete the axis',
    deleteHint: 'Its coalitions stay, without this axis. Deleting cannot be undone.',
  },
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    axes: typeof fr;
  }
}
