import type { FeatureStrings } from '@/lib/i18n';

/**
 * Strings the coalition's forms (canvas, declension, members) added when they moved to the one
 * form machinery (issue 12): loaded with those forms. Their older strings stay in the locales
 * (`coalitionForm`, `declensionForm`, `membersEditor`), which the reading pages share.
 */
const fr = {
  keywordsHint: 'Un mot-clé par ligne.',
  parentHint: 'Cherchez la coalition parente par son titre ou son numéro.',
  actorsHint: 'Cherchez les acteurs engagés sur ce problème par leur nom.',
  solutions: 'Solutions recommandées',
  solutionsOf: 'Solutions recommandées pour le problème {{n}}',
  noSolution: 'Aucune solution recommandée pour l’instant.',
  solution: 'Solution {{n}}',
  solutionTitle: 'Intitulé',
  solutionKind: 'Nature',
  addSolution: 'Ajouter une solution au problème {{n}}',
  removeSolution: 'Retirer la solution {{solution}} du problème {{problem}}',
  partnerActorHint:
    'Cherchez l’acteur dans l’annuaire ; s’il n’y est pas, donnez seulement son nom.',
  labelOrActor: 'Donnez un nom ou choisissez un acteur de l’annuaire.',
  memberActorHint: 'Cherchez l’acteur par son nom.',
  memberAdded: 'Membre ajouté.',
};

const en: typeof fr = {
  keywordsHint: 'One keyword a line.',
  parentHint: 'Search the parent coalition by its title or number.',
  actorsHint: 'Search the actors engaged on this problem by their name.',
  solutions: 'Recommended solutions',
  solutionsOf: 'Recommended solutions for problem {{n}}',
  noSolution: 'No recommended solution yet.',
  solution: 'Solution {{n}}',
  solutionTitle: 'Title',
  solutionKind: 'Nature',
  addSolution: 'Add a solution to problem {{n}}',
  removeSolution: 'Remove solution {{solution}} of problem {{problem}}',
  partnerActorHint: 'Search the actor in the directory; when it is not there, just give its name.',
  labelOrActor: 'Give a name or choose an actor of the directory.',
  memberActorHint: 'Search the actor by its name.',
  memberAdded: 'Member added.',
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    coalitionForms: typeof fr;
  }
}
