import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the translations feature: the needs list and the side-by-side editor. */
const fr = {
  needs: {
    title: 'À traduire',
    nav: 'À traduire',
    intro: 'Les textes écrits dans une autre langue qui attendent leur traduction.',
    into: 'Traduire vers',
    empty: 'Rien à traduire vers cette langue.',
    fields: 'Textes à traduire : {{fields}}',
    translate: 'Traduire « {{title}} »',
  },
  editor: {
    title: 'Traduction : {{title}}',
    original: 'Original ({{language}})',
    translation: 'Traduction ({{language}})',
    save: 'Enregistrer la traduction',
    saved: 'Traduction enregistrée.',
    failed: 'La traduction n’a pas pu être enregistrée ({{status}}).',
    byOn: 'Traduit par {{by}} le {{date}}',
    help: 'Un champ laissé vide retire sa traduction : l’original s’affiche alors.',
  },
  kind: {
    coalition: 'Coalition',
    axis: 'Axe',
    event: 'Événement',
    note: 'Note',
    territory: 'Territoire',
    resource: 'Ressource partagée',
  },
  part: {
    problem: 'Problème',
    experience: 'Expérience',
    impact: 'Impact souhaité',
  },
  field: {
    title: 'Titre',
    summary: 'Résumé',
    intention: 'Intention transformatrice',
    vision: 'Vision',
    name: 'Nom',
    description: 'Description',
    excerpt: 'Extrait',
    body: 'Texte (Markdown)',
    indicator: 'Indicateur',
  },
  language: { fr: 'français', en: 'anglais' },
};

export const strings: FeatureStrings<typeof fr> = {
  fr,
  en: {
    needs: {
      title: 'To translate',
      nav: 'To translate',
      intro: 'Texts written in another language that wait for their translation.',
      into: 'Translate into',
      empty: 'Nothing to translate into this language.',
      fields: 'Texts to translate: {{fields}}',
      translate: 'Translate “{{title}}”',
    },
    editor: {
      title: 'Translation: {{title}}',
      original: 'Original ({{language}})',
      translation: 'Translation ({{language}})',
      save: 'Save the translation',
      saved: 'Translation saved.',
      failed: 'The translation could not be saved ({{status}}).',
      byOn: 'Translated by {{by}} on {{date}}',
      help: 'A field left empty removes its translation: the original shows instead.',
    },
    kind: {
      coalition: 'Coalition',
      axis: 'Axis',
      event: 'Event',
      note: 'Note',
      territory: 'Territory',
      resource: 'Shared resource',
    },
    part: {
      problem: 'Problem',
      experience: 'Experience',
      impact: 'Desired impact',
    },
    field: {
      title: 'Title',
      summary: 'Summary',
      intention: 'Transformative intention',
      vision: 'Vision',
      name: 'Name',
      description: 'Description',
      excerpt: 'Excerpt',
      body: 'Text (Markdown)',
      indicator: 'Indicator',
    },
    language: { fr: 'French', en: 'English' },
  },
};

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    translations: typeof fr;
  }
}
