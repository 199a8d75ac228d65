import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the alliance graph page. */
const fr = {
  title: 'Graphe des alliances',
  intro:
    'Les acteurs, les coalitions, les problèmes qu’elles affrontent et les territoires où elles se déclinent, reliés. Les listes sous le dessin disent la même chose et se parcourent au clavier.',
  filters: 'Filtrer le graphe',
  axis: 'Axe',
  territory: 'Territoire',
  stage: 'Étape',
  any: 'Tous',
  apply: 'Filtrer',
  reset: 'Tout afficher',
  drawing: 'Dessin du graphe',
  drawingHint:
    'Dessin interactif (molette pour zoomer, glisser pour se déplacer). Cliquez un nœud pour le choisir dans les listes.',
  drawingUnavailable:
    'Le dessin du graphe n’a pas pu démarrer dans ce navigateur (WebGL indisponible) : les listes ci-dessous le remplacent.',
  counts: '{{nodes}} nœuds, {{edges}} liens',
  empty: 'Aucune coalition ne correspond à ces filtres.',
  measures: 'Mesures du réseau',
  bridges: 'Acteurs qui relient des coalitions',
  bridgesHint: 'Membres d’au moins deux coalitions.',
  noBridges: 'Aucun acteur n’est membre de deux coalitions ou plus.',
  bridgeOf_one: 'membre de {{count}} coalition',
  bridgeOf_other: 'membre de {{count}} coalitions',
  unallied: 'Problèmes sans allié',
  unalliedHint: 'Aucun acteur ne les a encore rejoints.',
  noUnallied: 'Chaque problème a au moins un allié.',
  nodes: 'Nœuds et voisins',
  nodesHint:
    'Choisissez un nœud pour voir ses voisins ; « Voisins » mène d’un nœud à l’autre sans quitter la page.',
  kind: {
    COALITION: 'Coalitions',
    ACTOR: 'Acteurs',
    PROBLEM: 'Problèmes',
    TERRITORY: 'Territoires',
  },
  kindOne: {
    COALITION: 'coalition',
    ACTOR: 'acteur',
    PROBLEM: 'problème',
    TERRITORY: 'territoire',
  },
  edge: {
    MEMBER_OF: 'membre de',
    FACES_PROBLEM: 'affronte le problème',
    ALLY_ON: 'allié sur le problème',
    IN_TERRITORY: 'déclinée dans',
    POTENTIAL_ALLY: 'allié potentiel suggéré de',
  },
  neighbours: 'Voisins de {{name}}',
  showNeighbours: 'Voisins',
  showNeighboursOf: 'Voir les voisins de {{name}}',
  open: 'Ouvrir la page',
  alliesSought: 'Alliés recherchés : {{kinds}}',
  degree_one: '{{count}} lien',
  degree_other: '{{count}} liens',
  noNeighbours: 'Aucun voisin.',
  selected: 'Nœud choisi',
  none: 'Aucun nœud choisi.',
};

const en: typeof fr = {
  title: 'Alliance graph',
  intro:
    'Actors, coalitions, the problems they face and the territories where they are declined, linked. The lists below the drawing say the same and can be browsed with the keyboard.',
  filters: 'Filter the graph',
  axis: 'Axis',
  territory: 'Territory',
  stage: 'Stage',
  any: 'Any',
  apply: 'Filter',
  reset: 'Show everything',
  drawing: 'Drawing of the graph',
  drawingHint:
    'Interactive drawing (wheel to zoom, drag to move). Click a node to choose it in the lists.',
  drawingUnavailable:
    'The drawing could not start in this browser (WebGL unavailable): the lists below stand for it.',
  counts: '{{nodes}} nodes, {{edges}} links',
  empty: 'No coalition matches these filters.',
  measures: 'Network measures',
  bridges: 'Actors that bridge coalitions',
  bridgesHint: 'Members of two coalitions or more.',
  noBridges: 'No actor is a member of two coalitions or more.',
  bridgeOf_one: 'member of {{count}} coalition',
  bridgeOf_other: 'member of {{count}} coalitions',
  unallied: 'Problems with no ally',
  unalliedHint: 'No actor has joined on them yet.',
  noUnallied: 'Every problem has at least one ally.',
  nodes: 'Nodes and neighbours',
  nodesHint:
    'Choose a node to see its neighbours; “Neighbours” goes from node to node without leaving the page.',
  kind: {
    COALITION: 'Coalitions',
    ACTOR: 'Actors',
    PROBLEM: 'Problems',
    TERRITORY: 'Territories',
  },
  kindOne: {
    COALITION: 'coalition',
    ACTOR: 'actor',
    PROBLEM: 'problem',
    TERRITORY: 'territory',
  },
  edge: {
    MEMBER_OF: 'member of',
    FACES_PROBLEM: 'faces the problem',
    ALLY_ON: 'ally on the problem',
    IN_TERRITORY: 'declined in',
    POTENTIAL_ALLY: 'suggested potential ally of',
  },
  neighbours: 'Neighbours of {{name}}',
  showNeighbours: 'Neighbours',
  showNeighboursOf: 'Show the neighbours of {{name}}',
  open: 'Open the page',
  alliesSought: 'Allies sought: {{kinds}}',
  degree_one: '{{count}} link',
  degree_other: '{{count}} links',
  noNeighbours: 'No neighbour.',
  selected: 'Chosen node',
  none: 'No node chosen.',
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    graph: typeof fr;
  }
}
