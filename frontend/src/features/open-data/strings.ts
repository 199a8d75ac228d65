import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the open-data page. */
const fr = {
  title: 'Données ouvertes',
  intro:
    'Les données publiques de Fabrique sont libres de réutilisation : coalitions, axes, territoires, acteurs, événements, notes publiées, témoignages et boîte à outils. Elles sont à jour à chaque téléchargement.',
  privacy:
    'Aucune donnée personnelle au-delà de ce que montrent les pages publiques : ni adresse e-mail, ni compte, ni commentaire, ni brouillon.',
  downloads: 'Téléchargements',
  download: {
    archive: 'Archive ZIP des fichiers CSV',
    'events-calendar': 'Calendrier des événements (iCalendar)',
    'notes-feed': 'Flux des notes (Atom)',
    'coalitions-feed': 'Flux des coalitions (Atom)',
  },
  explain: {
    archive:
      'Un fichier CSV (UTF-8, RFC 4180) par type de données, avec un README, un dictionnaire des colonnes (dictionary.csv) et la licence.',
    'events-calendar':
      'Abonnez votre agenda à tous les événements ; chaque page de coalition et de territoire propose aussi son propre calendrier.',
    'notes-feed': 'Les 50 dernières notes publiées, pour un lecteur de flux.',
    'coalitions-feed': 'Les 50 coalitions modifiées en dernier.',
  },
  licence: 'Licence',
  licenceText: 'Publiées sous {{name}} (Etalab). Mention de la source : « {{attribution}} ».',
  generatedAt: 'Données lues le {{date}}.',
  files: 'Fichiers de l’archive',
  rows_one: '{{count}} ligne',
  rows_other: '{{count}} lignes',
  columns: 'Colonnes',
};

const en: typeof fr = {
  title: 'Open data',
  intro:
    'The public data of Fabrique are free to reuse: coalitions, axes, territories, actors, events, published notes, testimonies and the toolbox. They are current at every download.',
  privacy:
    'No personal data beyond what the public pages show: no e-mail address, no account, no comment, no draft.',
  downloads: 'Downloads',
  download: {
    archive: 'ZIP archive of CSV files',
    'events-calendar': 'Events calendar (iCalendar)',
    'notes-feed': 'Notes feed (Atom)',
    'coalitions-feed': 'Coalitions feed (Atom)',
  },
  explain: {
    archive:
      'One CSV file (UTF-8, RFC 4180) per type of data, with a README, a data dictionary (dictionary.csv) and the licence.',
    'events-calendar':
      'Subscribe your calendar app to every event; each coalition and territory page also offers its own calendar.',
    'notes-feed': 'The 50 latest published notes, for a feed reader.',
    'coalitions-feed': 'The 50 coalitions changed last.',
  },
  licence: 'Licence',
  licenceText: 'Published under the {{name}} (Etalab). Attribution: “{{attribution}}”.',
  generatedAt: 'Data read on {{date}}.',
  files: 'Files of the archive',
  rows_one: '{{count}} row',
  rows_other: '{{count}} rows',
  columns: 'Columns',
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    openData: typeof fr;
  }
}
