import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the suggestion form and of the lists of accepted suggestions (loaded with them). */
const fr = {
  formTitle: 'Suggérer pour « {{name}} »',
  intro:
    'Un sujet que les coalitions ne traitent pas encore, ou un acteur qui pourrait les rejoindre. L’équipe de modération relit chaque suggestion avant de la publier.',
  kind: 'Vous suggérez',
  MISSING_SUBJECT: 'un sujet manquant',
  POTENTIAL_ALLY: 'un allié potentiel',
  subject: 'Le sujet',
  allyName: 'Le nom de l’allié (organisation ou personne)',
  description: 'Pourquoi ? (facultatif)',
  descriptionHint:
    'Texte simple. Quelques balises sont permises (a, em, strong, q, cite, code…) ; tout autre code est retiré.',
  website: 'Site web de l’allié (facultatif)',
  actorKind: 'Type d’acteur (facultatif)',
  unknownKind: '(je ne sais pas)',
  authorName: 'Votre nom',
  email: 'Votre adresse e-mail',
  emailInvalid: 'Une adresse e-mail complète, par exemple nom@exemple.fr.',
  privacy:
    'Votre nom et votre adresse e-mail servent à la modération : ils ne sont jamais publiés ni exportés. Si la plateforme utilise un service anti-spam, il les reçoit avec votre suggestion pour la vérifier. Vous pouvez demander leur effacement à tout moment.',
  privacyPage: 'Vos données personnelles',
  signedIn:
    'Vous êtes connecté·e : la suggestion est envoyée avec votre compte, sans nom ni e-mail à saisir.',
  honeypot: 'Ne remplissez pas ce champ',
  submit: 'Envoyer la suggestion',
  submitting: 'Envoi…',
  close: 'Fermer le formulaire',
  accepted:
    'Merci ! Votre suggestion est enregistrée. Elle sera publiée une fois acceptée par l’équipe de modération.',
  another: 'Faire une autre suggestion',
  acceptedTitle: 'Suggestions acceptées',
  acceptedEmpty: 'Aucune suggestion acceptée pour le moment.',
};

export const strings: FeatureStrings<typeof fr> = {
  fr,
  en: {
    formTitle: 'Suggest for “{{name}}”',
    intro:
      'A subject the coalitions do not cover yet, or an actor who could join them. The moderation team reads every suggestion before publishing it.',
    kind: 'You suggest',
    MISSING_SUBJECT: 'a missing subject',
    POTENTIAL_ALLY: 'a potential ally',
    subject: 'The subject',
    allyName: 'The ally’s name (organisation or person)',
    description: 'Why? (optional)',
    descriptionHint:
      'Plain text. A few tags are allowed (a, em, strong, q, cite, code…); any other code is removed.',
    website: 'The ally’s website (optional)',
    actorKind: 'Kind of actor (optional)',
    unknownKind: '(I don’t know)',
    authorName: 'Your name',
    email: 'Your e-mail address',
    emailInvalid: 'A complete e-mail address, such as name@example.org.',
    privacy:
      'Your name and e-mail address are used for moderation: they are never published or exported. If the platform uses an anti-spam service, that service receives them with your suggestion to check it. You may ask for them to be erased at any time.',
    privacyPage: 'Your personal data',
    signedIn:
      'You are signed in: the suggestion is sent with your account, no name or e-mail needed.',
    honeypot: 'Do not fill in this field',
    submit: 'Send the suggestion',
    submitting: 'Sending…',
    close: 'Close the form',
    accepted:
      'Thank you! Your suggestion is recorded. It will be published once the moderation team has accepted it.',
    another: 'Make another suggestion',
    acceptedTitle: 'Accepted suggestions',
    acceptedEmpty: 'No accepted suggestion yet.',
  },
};

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    suggestions: typeof fr;
  }
}
