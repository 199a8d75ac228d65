import type { FeatureStrings } from '@/lib/i18n';

/**
 * Strings of the people screens (issue 12: the directory, a person's page, the person form),
 * loaded with them. The `people` namespace (following, profile, notifications) is another one.
 */
const fr = {
  addLink: 'Ajouter une personne',
  editLink: 'Modifier',
  list: {
    title: 'Personnes',
    lead: 'Les personnes qui témoignent, coordonnent ou portent les coalitions, et l’acteur pour lequel chacune agit.',
    empty: 'Aucune personne ne correspond à ces critères.',
    filters: 'Filtrer les personnes',
    q: 'Nom',
    actor: 'Agit pour l’acteur',
    apply: 'Filtrer',
    reset: 'Tout afficher',
  },
  view: {
    eyebrow: 'Personne',
    actor: 'Agit pour',
    noActor: 'Aucun acteur indiqué',
    bio: 'Présentation',
    testimonies: 'Témoignages',
    noTestimonies: 'Aucun témoignage enregistré pour le moment.',
    spokeFor: 'Pour',
    coalition: 'Coalition',
    event: 'Événement',
    interview: 'Voir l’entretien',
  },
  edit: {
    newTitle: 'Ajouter une personne',
    editTitle: 'Modifier « {{name}} »',
    fullName: 'Nom complet',
    roleTitle: 'Fonction (facultatif)',
    roleTitleHint: 'Par exemple « Cofondatrice » ou « Chargé de mission numérique ».',
    actor: 'Agit pour l’acteur (facultatif)',
    actorHint:
      'L’organisation pour laquelle la personne agit ; cherchez-la par son nom. Ses comptes pourront alors modifier cette fiche.',
    slug: 'Identifiant dans les adresses',
    slugHint: 'Minuscules, chiffres et tirets ; déduit du nom si vide.',
    bio: 'Présentation (facultatif)',
    sample: 'Donnée d’exemple (n’est pas un fait du programme)',
    deleteTitle: 'Supprimer la personne',
    deleteHint:
      'Ses témoignages disparaissent avec elle, ainsi que sa place d’intervenante dans les programmes et d’autrice de notes. Cette suppression est définitive.',
  },
};

export const strings: FeatureStrings<typeof fr> = {
  fr,
  en: {
    addLink: 'Add a person',
    editLink: 'Edit',
    list: {
      title: 'People',
      lead: 'The people who testify, coordinate or carry the coalitions, and the actor each acts for.',
      empty: 'No person matches these criteria.',
      filters: 'Filter people',
      q: 'Name',
      actor: 'Acts for the actor',
      apply: 'Filter',
      reset: 'Show all',
    },
    view: {
      eyebrow: 'Person',
      actor: 'Acts for',
      noActor: 'No actor given',
      bio: 'About',
      testimonies: 'Testimonies',
      noTestimonies: 'No testimony recorded yet.',
      spokeFor: 'For',
      coalition: 'Coalition',
      event: 'Event',
      interview: 'See the interview',
    },
    edit: {
      newTitle: 'Add a person',
      editTitle: 'Edit “{{name}}”',
      fullName: 'Full name',
      roleTitle: 'Role (optional)',
      roleTitleHint: 'For instance “Co-founder” or “Digital project officer”.',
      actor: 'Acts for the actor (optional)',
      actorHint:
        'The organisation the person acts for; search it by name. Its accounts may then edit this record.',
      slug: 'Identifier in addresses',
      slugHint: 'Lower case, digits and hyphens; taken from the name when blank.',
      bio: 'About (optional)',
      sample: 'Sample data (not a fact of the programme)',
      deleteTitle: 'Delete the person',
      deleteHint:
        'Their testimonies go with them, and so do their places as speaker in agendas and as author of notes. Deleting cannot be undone.',
    },
  },
};

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    person: typeof fr;
  }
}
