import type { FeatureStrings } from '@/lib/i18n';

/** Strings of inter-territorial exchanges and experience reports. */
const fr = {
  title: 'Échanges entre territoires',
  intro:
    'Les territoires engagés partagent leurs pratiques et leurs expériences sur les coalitions : chacun y raconte ce qu’il a fait, comment, et ce qu’il en a appris.',
  empty: 'Aucun échange pour l’instant.',
  territories: 'Territoires',
  coalitions: 'Coalitions',
  reportCount_one: '{{count}} retour d’expérience',
  reportCount_other: '{{count}} retours d’expérience',
  reports: 'Retours d’expérience',
  noReports: 'Aucun retour d’expérience pour l’instant.',
  reportedOn: 'le {{date}}',
  about: 'sur la coalition',
  more: 'En savoir plus',
  inExchange: 'dans « {{exchange}} »',
  sideBySideTitle: 'Ce que font les territoires',
  sideBySideIntro:
    'Chaque territoire où la coalition est déclinée, côte à côte : son positionnement, son état, ses engagements et ses retours d’expérience.',
  territory: 'Territoire',
  positioning: 'Positionnement',
  status: 'État',
  commitments: 'Engagements',
  none: '—',
  territoryExchanges: 'Échanges avec d’autres territoires',
};

export const strings: FeatureStrings<typeof fr> = {
  fr,
  en: {
    title: 'Exchanges between territories',
    intro:
      'The territories taking part share their practices and experiences on the coalitions: each tells what it did, how, and what it learnt.',
    empty: 'No exchange yet.',
    territories: 'Territories',
    coalitions: 'Coalitions',
    reportCount_one: '{{count}} experience report',
    reportCount_other: '{{count}} experience reports',
    reports: 'Experience reports',
    noReports: 'No experience report yet.',
    reportedOn: 'on {{date}}',
    about: 'on coalition',
    more: 'Read more',
    inExchange: 'in “{{exchange}}”',
    sideBySideTitle: 'What the territories do',
    sideBySideIntro:
      'Each territory where the coalition is declined, side by side: its positioning, its status, its commitments and its experience reports.',
    territory: 'Territory',
    positioning: 'Positioning',
    status: 'Status',
    commitments: 'Commitments',
    none: '—',
    territoryExchanges: 'Exchanges with other territories',
  },
};

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    exchanges: typeof fr;
  }
}
