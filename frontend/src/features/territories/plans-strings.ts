import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the territory's planning documents screen (issue 12): loaded with it. */
const fr = {
  title: 'Documents de planification de « {{name}} »',
  intro:
    'Schéma directeur du numérique, charte régionale, projet départemental et stratégie principale du territoire, avec les coalitions territoriales que chacun porte. L’enregistrement remplace toute la liste, dans cet ordre.',
  plan: 'Document {{number}}',
  kind: 'Type',
  planTitle: 'Titre',
  url: 'Adresse du document',
  urlHint: 'Une adresse web complète, commençant par https://',
  coalitions: 'Coalitions qu’il porte',
  coalitionsHint: 'Seulement des coalitions déclinées dans ce territoire.',
  noCoalitions: 'Aucune coalition n’est déclinée dans ce territoire.',
  sample: 'Donnée d’exemple (n’est pas un fait du programme)',
  add: 'Ajouter un document',
  remove: 'Retirer le document {{number}}',
  empty: 'Aucun document. Ajoutez-en un, ou enregistrez pour retirer tous ceux du territoire.',
};

const en: typeof fr = {
  title: 'Planning documents of “{{name}}”',
  intro:
    'Digital development master plan, regional charter, departmental project and main strategy of the territory, with the territorial coalitions each carries. Saving replaces the whole list, in this order.',
  plan: 'Document {{number}}',
  kind: 'Kind',
  planTitle: 'Title',
  url: 'Address of the document',
  urlHint: 'A full web address, starting with https://',
  coalitions: 'Coalitions it carries',
  coalitionsHint: 'Only coalitions declined in this territory.',
  noCoalitions: 'No coalition is declined in this territory.',
  sample: 'Sample data (not a fact of the programme)',
  add: 'Add a document',
  remove: 'Remove document {{number}}',
  empty: 'No document. Add one, or save to remove all of the territory’s.',
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    territoryPlans: typeof fr;
  }
}
