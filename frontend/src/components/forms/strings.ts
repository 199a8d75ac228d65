import type { FeatureStrings } from '@/lib/i18n';

/**
 * Strings of the form machinery (problem display, pickers, validation messages the start-up
 * bundle does not have): loaded with the first form, never by the panorama.
 */
const fr = {
  problem: {
    badRequest: 'Le serveur a refusé certains champs ; ils sont signalés ci-dessous.',
    unauthorized: 'Votre session a expiré : reconnectez-vous puis réessayez.',
    forbidden: 'Votre compte ne peut pas faire cette modification.',
    notFound: 'Cette ressource n’existe plus (ou pas encore).',
    conflict: 'Conflit avec l’état actuel.',
    stale:
      'Quelqu’un d’autre l’a modifié depuis que vous l’avez ouvert. Rechargez la version actuelle (vos modifications seront perdues), puis recommencez.',
    tooManyRequests: 'Trop de demandes en peu de temps.',
    retryAfter_one: 'Réessayez dans {{count}} seconde.',
    retryAfter_other: 'Réessayez dans {{count}} secondes.',
    server: 'Le serveur n’a pas pu traiter la demande ({{status}}).',
    network: 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.',
    fields: 'Champs refusés',
    reload: 'Recharger la version actuelle',
    status: 'Erreur {{status}}',
  },
  summary: {
    invalid_one: 'Un champ est à corriger avant d’enregistrer.',
    invalid_other: '{{count}} champs sont à corriger avant d’enregistrer.',
    some: 'Certains champs sont à corriger ; ils sont signalés ci-dessous.',
  },
  validation: {
    choose: 'Choisissez une des valeurs proposées.',
    pattern: 'Ce format n’est pas accepté.',
    tooShort: 'Au moins {{min}} caractères ou éléments.',
    tooSmall: 'Au moins {{min}}.',
    tooBig: 'Au plus {{max}}.',
    number: 'Un nombre, par exemple 12 ou 3,5.',
    date: 'Une date.',
    colour: 'Une couleur au format #RRGGBB, par exemple #2e7d32.',
  },
  picker: {
    search: 'Rechercher',
    searching: 'Recherche…',
    noResult: 'Aucun résultat.',
    choose: 'Choisir {{label}}',
    remove: 'Retirer {{label}}',
    chosen: 'Choix',
    none: 'Aucun',
  },
  actions: {
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    cancel: 'Annuler',
    delete: 'Supprimer',
    confirmDelete: 'Supprimer définitivement « {{name}} » ?',
    deleted: '« {{name}} » a été supprimé.',
    saved: 'Modifications enregistrées.',
  },
};

const en: typeof fr = {
  problem: {
    badRequest: 'The server refused some fields; they are marked below.',
    unauthorized: 'Your session has expired: sign in again, then retry.',
    forbidden: 'Your account may not make this change.',
    notFound: 'This no longer exists (or not yet).',
    conflict: 'Conflict with the current state.',
    stale:
      'Someone else changed this since you opened it. Reload the current version (your changes will be lost), then try again.',
    tooManyRequests: 'Too many requests in a short time.',
    retryAfter_one: 'Try again in {{count}} second.',
    retryAfter_other: 'Try again in {{count}} seconds.',
    server: 'The server could not handle the request ({{status}}).',
    network: 'The server does not answer. Check your connection, then try again.',
    fields: 'Refused fields',
    reload: 'Reload the current version',
    status: 'Error {{status}}',
  },
  summary: {
    invalid_one: 'One field needs correcting before saving.',
    invalid_other: '{{count}} fields need correcting before saving.',
    some: 'Some fields need correcting; they are marked below.',
  },
  validation: {
    choose: 'Choose one of the values offered.',
    pattern: 'This format is not accepted.',
    tooShort: 'At least {{min}} characters or items.',
    tooSmall: 'At least {{min}}.',
    tooBig: 'At most {{max}}.',
    number: 'A number, for example 12 or 3.5.',
    date: 'A date.',
    colour: 'A colour as #RRGGBB, for example #2e7d32.',
  },
  picker: {
    search: 'Search',
    searching: 'Searching…',
    noResult: 'No result.',
    choose: 'Choose {{label}}',
    remove: 'Remove {{label}}',
    chosen: 'Chosen',
    none: 'None',
  },
  actions: {
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    delete: 'Delete',
    confirmDelete: 'Delete “{{name}}” for good?',
    deleted: '“{{name}}” was deleted.',
    saved: 'Changes saved.',
  },
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    forms: typeof fr;
  }
}
