import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the note screens (editors, administrators): loaded with them. */
const fr = {
  newTitle: 'Écrire une note',
  editTitle: 'Modifier la note « {{title}} »',
  title: 'Titre',
  excerpt: 'Chapeau',
  excerptHint: 'Texte simple ; tiré du début de la note s’il est vide.',
  body: 'Texte de la note',
  bodyHint: 'En Markdown : # titre, **gras**, *italique*, [lien](https://…), listes avec « - ».',
  write: 'Écrire',
  preview: 'Aperçu',
  previewHint:
    'Aperçu du texte brut, par paragraphes. La mise en forme exacte apparaît sous le formulaire une fois la note enregistrée (en brouillon si vous voulez).',
  previewEmpty: 'Rien à prévisualiser.',
  savedRendering: 'Rendu de la version enregistrée',
  saved: 'Modifications enregistrées.',
  see: 'Voir la note publiée',
  status: 'État',
  event: 'Événement',
  coalitions: 'Coalitions concernées',
  commentsOpen: 'Commentaires ouverts',
};

const en: typeof fr = {
  newTitle: 'Write a note',
  editTitle: 'Edit the note “{{title}}”',
  title: 'Title',
  excerpt: 'Standfirst',
  excerptHint: 'Plain text; taken from the start of the note when empty.',
  body: 'Text of the note',
  bodyHint: 'In Markdown: # heading, **bold**, *italic*, [link](https://…), lists with "- ".',
  write: 'Write',
  preview: 'Preview',
  previewHint:
    'A preview of the plain text, by paragraph. The exact formatting appears below the form once the note is saved (as a draft if you like).',
  previewEmpty: 'Nothing to preview.',
  savedRendering: 'Rendering of the saved version',
  saved: 'Changes saved.',
  see: 'See the published note',
  status: 'Status',
  event: 'Event',
  coalitions: 'Coalitions concerned',
  commentsOpen: 'Comments open',
};

export const strings: FeatureStrings<typeof fr> = { fr, en };

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    noteEdit: typeof fr;
  }
}
