import type { FeatureStrings } from '@/lib/i18n';

/** Strings of a coalition's coordinators screen (issue 12): loaded with it. */
const fr = {
  title: 'Coordinateurs de « {{name}} »',
  intro:
    'Les comptes nommés coordinateurs pilotent la coalition : ils modifient son canevas, ses membres et ses déclinaisons, et décident des demandes d’engagement.',
  current: 'Coordinateurs nommés',
  none: 'Aucun coordinateur nommé.',
  you: '(vous)',
  remove: 'Retirer',
  removeName: 'Retirer {{name}}',
  confirmSelf:
    'Vous retirer de la coordination ? Une fois la liste enregistrée, vous ne pourrez plus la modifier (sauf en tant qu’administrateur).',
  confirmSelfButton: 'Me retirer',
  keep: 'Rester coordinateur',
  add: 'Ajouter un coordinateur',
  addHint:
    'Tapez des mots du nom ou de l’identifiant du compte (accents et majuscules indifférents).',
  search: 'Nom ou identifiant du compte',
  addName: 'Ajouter {{name}}',
  noMatch: 'Aucun autre compte ne correspond.',
  loadingAccounts: 'Recherche des comptes…',
  adminOnly: 'Seuls les administrateurs de la plateforme peuvent nommer un nouveau coordinateur.',
  unsaved: 'La liste a changé : enregistrez-la pour que le changement prenne effet.',
  saved: 'Coordinateurs enregistrés.',
  reset: 'Annuler les changements',
  back: 'Retour à la coalition',
};

const en: typeof fr = {
  title: 'Coordinators of “{{name}}”',
  intro:
    'The accounts named coordinators run the coalition: they edit its canvas, members and declensions, and decide on commitment requests.',
  current: 'Named coordinators',
  none: 'No coordinator named.',
  you: '(you)',
  remove: 'Remove',
  removeName: 'Remove {{name}}',
  confirmSelf:
    'Remove yourself from the coordinators? Once the list is saved, you will no longer be able to change it (unless as an administrator).',
  confirmSelfButton: 'Remove me',
  keep: 'Stay a coordinator',
  add: 'Add a coordinator',
  addHint: 'Type words of the account’s name or username (accents and case ignored).',
  search: 'Account name or username',
  addName: 'Add {{name}}',
  noMatch: 'No other account matches.',
  loadingAccounts: 'Looking for accounts…',
  adminOnly: 'Only the platform’s administrators can name a new coordinator.',
  unsaved: 'The list has changed: save it for the change to take effect.',
  saved: 'Coordinators saved.',
  reset: 'Undo the changes',
  back: 'Back to the coalition',
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    coordinators: typeof fr;
  }
}
