import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the testimony screens (issue 12), loaded with them. */
const fr = {
  newTitle: 'Ajouter un témoignage',
  editTitle: 'Modifier le témoignage',
  addLink: 'Ajouter un témoignage',
  editLink: 'Modifier',
  person: 'La personne qui témoigne',
  actor: 'Pour l’acteur (facultatif)',
  coalition: 'Sur la coalition (facultatif)',
  event: 'À l’événement (facultatif)',
  summary: 'Ce qu’elle dit, en résumé',
  link: 'Lien vers l’entretien (facultatif)',
  sample: 'Exemple fictif (pas un fait du programme)',
  deleteTitle: 'Supprimer le témoignage',
  deleteHint:
    'Il disparaît des pages de l’événement, de l’acteur et de la personne. Cette suppression est définitive.',
  deleteName: 'le témoignage de {{person}}',
};

export const strings: FeatureStrings<typeof fr> = {
  fr,
  en: {
    newTitle: 'Add a testimony',
    editTitle: 'Edit the testimony',
    addLink: 'Add a testimony',
    editLink: 'Edit',
    person: 'The person who testifies',
    actor: 'For the actor (optional)',
    coalition: 'About the coalition (optional)',
    event: 'At the event (optional)',
    summary: 'What they say, in short',
    link: 'Link to the interview (optional)',
    sample: 'Fictional example (not a fact of the programme)',
    deleteTitle: 'Delete the testimony',
    deleteHint:
      'It leaves the pages of the event, the actor and the person. Deleting cannot be undone.',
    deleteName: 'the testimony of {{person}}',
  },
};

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    testimonies: typeof fr;
  }
}
