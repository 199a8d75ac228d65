import type { FeatureStrings } from '@/lib/i18n';

/**
 * Strings of the toolbox (shared resources and local initiatives): the catalogue, the coalition
 * page's section and the edit screens, loaded with them.
 */
const fr = {
  catalogue: {
    title: 'Ressources partagées',
    intro:
      'Guides, boîtes à outils, retours d’expérience, communs logiciels et de la connaissance que les acteurs du programme partagent.',
    empty: 'Aucune ressource ne correspond à ces filtres.',
    count_one: '{{count}} ressource',
    count_other: '{{count}} ressources',
  },
  filters: {
    label: 'Filtrer les ressources',
    q: 'Titre contenant',
    kind: 'Type de ressource',
    availability: 'Disponibilité',
    territory: 'Territoire',
    coalition: 'Coalition',
    // The labels of the filters the API is about to take (listSharedResources `licence`, `axis`).
    licence: 'Licence',
    axis: 'Axe thématique',
    any: 'Tous',
    apply: 'Filtrer',
    reset: 'Effacer les filtres',
  },
  item: {
    kind: 'Type',
    availability: 'Disponibilité',
    licence: 'Licence',
    publisher: 'Publiée par',
    carriedBy: 'Portée par',
    territory: 'Territoire',
    coalitions: 'Coalitions',
    coalition: 'Coalition',
    edit: 'Modifier',
    editNamed: 'Modifier « {{title}} »',
  },
  coalition: {
    title: 'Ressources et initiatives',
    resources: 'Ressources partagées',
    noResources: 'Aucune ressource partagée pour cette coalition.',
    allResources: 'Toutes les ressources de la coalition ({{count}})',
    initiatives: 'Initiatives locales',
    noInitiatives: 'Aucune initiative locale pour cette coalition.',
    moreInitiatives: '{{shown}} initiatives affichées sur {{count}}.',
  },
  territory: {
    allResources: 'Toutes les ressources de ce territoire ({{count}})',
  },
  resource: {
    share: 'Partager une ressource',
    newTitle: 'Partager une ressource',
    editTitle: 'Modifier la ressource « {{title}} »',
    title: 'Titre',
    kind: 'Type de ressource',
    availability: 'Disponibilité',
    licence: 'Licence',
    licenceUnknown: 'Inconnue',
    licenceHint: 'Laissez « Inconnue » si la licence n’est pas indiquée.',
    url: 'Adresse de la ressource',
    description: 'Description',
    publisher: 'Acteur qui la publie',
    territory: 'Territoire',
    coalitions: 'Coalitions qu’elle sert',
    slug: 'Identifiant dans les adresses',
    slugHint: 'Minuscules, chiffres et tirets ; déduit du titre si vide.',
    sample: 'Donnée d’exemple (n’est pas un fait du programme)',
    deleteTitle: 'Supprimer la ressource',
    deleteHint:
      'Elle disparaît du catalogue, des pages de son territoire et de ses coalitions. Cette suppression est définitive.',
  },
  initiative: {
    add: 'Ajouter une initiative locale',
    newTitle: 'Ajouter une initiative locale',
    editTitle: 'Modifier l’initiative « {{title}} »',
    title: 'Titre',
    territory: 'Territoire',
    territoryHint: 'Obligatoire : le territoire où elle a lieu.',
    actor: 'Acteur qui la porte',
    coalition: 'Coalition concernée',
    url: 'Adresse de l’initiative',
    description: 'Description',
    slug: 'Identifiant dans les adresses',
    slugHint: 'Minuscules, chiffres et tirets ; déduit du titre si vide.',
    sample: 'Donnée d’exemple (n’est pas un fait du programme)',
    deleteTitle: 'Supprimer l’initiative',
    deleteHint:
      'Elle disparaît des pages de son territoire et de sa coalition. Cette suppression est définitive.',
  },
};

const en: typeof fr = {
  catalogue: {
    title: 'Shared resources',
    intro:
      'Guides, toolkits, experience reports, software and knowledge commons shared by the actors of the programme.',
    empty: 'No resource matches these filters.',
    count_one: '{{count}} resource',
    count_other: '{{count}} resources',
  },
  filters: {
    label: 'Filter the resources',
    q: 'Title containing',
    kind: 'Kind of resource',
    availability: 'Availability',
    territory: 'Territory',
    coalition: 'Coalition',
    licence: 'Licence',
    axis: 'Thematic axis',
    any: 'Any',
    apply: 'Filter',
    reset: 'Clear the filters',
  },
  item: {
    kind: 'Kind',
    availability: 'Availability',
    licence: 'Licence',
    publisher: 'Published by',
    carriedBy: 'Carried by',
    territory: 'Territory',
    coalitions: 'Coalitions',
    coalition: 'Coalition',
    edit: 'Edit',
    editNamed: 'Edit “{{title}}”',
  },
  coalition: {
    title: 'Resources and initiatives',
    resources: 'Shared resources',
    noResources: 'No resource shared for this coalition.',
    allResources: 'All the resources of the coalition ({{count}})',
    initiatives: 'Local initiatives',
    noInitiatives: 'No local initiative for this coalition.',
    moreInitiatives: '{{shown}} initiatives shown out of {{count}}.',
  },
  territory: {
    allResources: 'All resources of this territory ({{count}})',
  },
  resource: {
    share: 'Share a resource',
    newTitle: 'Share a resource',
    editTitle: 'Edit the resource “{{title}}”',
    title: 'Title',
    kind: 'Kind of resource',
    availability: 'Availability',
    licence: 'Licence',
    licenceUnknown: 'Unknown',
    licenceHint: 'Leave “Unknown” when the licence is not stated.',
    url: 'Address of the resource',
    description: 'Description',
    publisher: 'Publishing actor',
    territory: 'Territory',
    coalitions: 'Coalitions it serves',
    slug: 'Identifier in addresses',
    slugHint: 'Lower case, digits and hyphens; taken from the title when blank.',
    sample: 'Sample data (not a fact of the programme)',
    deleteTitle: 'Delete the resource',
    deleteHint:
      'It leaves the catalogue and the pages of its territory and coalitions. Deleting cannot be undone.',
  },
  initiative: {
    add: 'Add a local initiative',
    newTitle: 'Add a local initiative',
    editTitle: 'Edit the initiative “{{title}}”',
    title: 'Title',
    territory: 'Territory',
    territoryHint: 'Required: the territory where it takes place.',
    actor: 'Carrying actor',
    coalition: 'Coalition concerned',
    url: 'Address of the initiative',
    description: 'Description',
    slug: 'Identifier in addresses',
    slugHint: 'Lower case, digits and hyphens; taken from the title when blank.',
    sample: 'Sample data (not a fact of the programme)',
    deleteTitle: 'Delete the initiative',
    deleteHint: 'It leaves the pages of its territory and coalition. Deleting cannot be undone.',
  },
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    toolbox: typeof fr;
  }
}
