import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the event screens (editors, administrators): loaded with them. */
const fr = {
  newTitle: 'Créer un événement',
  editTitle: 'Modifier l’événement « {{title}} »',
  title: 'Titre',
  kind: 'Type',
  format: 'Format',
  description: 'Description',
  startsAt: 'Début',
  endsAt: 'Fin',
  endBeforeStart: 'La fin doit venir après le début.',
  timeZone: 'Fuseau horaire',
  timeZoneHint: 'Par exemple Europe/Paris ; les heures du formulaire sont celles de ce fuseau.',
  location: 'Lieu',
  participants: 'Nombre de participants',
  organisers: 'Organisé par',
  coalitions: 'Coalitions concernées',
  territories: 'Territoires',
  agenda: 'Programme',
  session: 'Séquence {{n}}',
  sessionTitle: 'Titre',
  sessionCoalition: 'Coalition concernée',
  speakers: 'Intervenants',
  moveUp: 'Monter la séquence {{n}}',
  moveDown: 'Descendre la séquence {{n}}',
  removeSession: 'Retirer la séquence {{n}}',
  addSession: 'Ajouter une séquence',
};

const en: typeof fr = {
  newTitle: 'Create an event',
  editTitle: 'Edit the event “{{title}}”',
  title: 'Title',
  kind: 'Kind',
  format: 'Format',
  description: 'Description',
  startsAt: 'Start',
  endsAt: 'End',
  endBeforeStart: 'The end must come after the start.',
  timeZone: 'Time zone',
  timeZoneHint: 'For example Europe/Paris; the times of the form are those of this zone.',
  location: 'Place',
  participants: 'Number of participants',
  organisers: 'Organised by',
  coalitions: 'Coalitions concerned',
  territories: 'Territories',
  agenda: 'Agenda',
  session: 'Session {{n}}',
  sessionTitle: 'Title',
  sessionCoalition: 'Coalition concerned',
  speakers: 'Speakers',
  moveUp: 'Move session {{n}} up',
  moveDown: 'Move session {{n}} down',
  removeSession: 'Remove session {{n}}',
  addSession: 'Add a session',
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    eventEdit: typeof fr;
  }
}
