import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the territory screens (administrators, territory managers): loaded with them. */
const fr = {
  newTitle: 'Créer un territoire',
  editTitle: 'Modifier le territoire « {{name}} »',
  create: 'Créer un territoire',
  editLink: 'Modifier le territoire',
  name: 'Nom',
  kind: 'Type',
  slug: 'Identifiant dans les adresses',
  slugHint: 'Minuscules, chiffres et tirets ; déduit du nom si vide.',
  code: 'Code officiel',
  codeHint:
    'Code INSEE de la région, du département ou de la commune, SIREN d’un établissement public (la carte place les départements et les régions par ce code).',
  parent: 'Territoire au-dessus',
  parentHint: 'Cherchez par le nom ; la France pour une région.',
  description: 'Description',
  sample: 'Donnée d’exemple (n’est pas un fait du programme)',
  deleteTitle: 'Supprimer le territoire',
  deleteHint:
    'Possible seulement sans territoire en dessous ; ses déclinaisons de coalitions disparaissent avec lui. Cette suppression est définitive.',
};

const en: typeof fr = {
  newTitle: 'Create a territory',
  editTitle: 'Edit the territory “{{name}}”',
  create: 'Create a territory',
  editLink: 'Edit the territory',
  name: 'Name',
  kind: 'Kind',
  slug: 'Identifier in addresses',
  slugHint: 'Lower case, digits and hyphens; taken from the name when blank.',
  code: 'Official code',
  codeHint:
    'INSEE code of the region, département or commune, SIREN of a public body (the map places départements and regions by this code).',
  parent: 'Territory above',
  parentHint: 'Search by name; France for a region.',
  description: 'Description',
  sample: 'Sample data (not a fact of the programme)',
  deleteTitle: 'Delete the territory',
  deleteHint:
    'Only without a territory below it; its coalitions’ declensions go with it. Deleting cannot be undone.',
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    territoryEdit: typeof fr;
  }
}
