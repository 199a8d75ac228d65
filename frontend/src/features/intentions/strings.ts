import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the proposal form and of the editors' list of proposed coalitions. */
const fr = {
  newTitle: 'Proposer une coalition',
  intro:
    'Une intention d’agir pour transformer le numérique, que d’autres pourraient partager ? Décrivez-la : l’équipe éditoriale la lit, puis en fait une coalition émergente, la rattache à une coalition qui existe déjà, ou ne la retient pas. Vous recevez sa réponse par e-mail.',
  title: 'L’intention, en une phrase',
  titleHint:
    'Elle devient le titre de la coalition : « Pour des achats publics numériques responsables ».',
  description: 'Pourquoi, pour qui ? (facultatif)',
  descriptionHint:
    'Texte simple. Quelques balises sont permises (a, em, strong, q, cite, code…) ; tout autre code est retiré.',
  axes: 'Les axes où elle vivrait (un à trois)',
  problems: 'Les problèmes qu’elle affronterait (un par ligne, facultatif)',
  allyKinds: 'Les alliés recherchés (un type d’acteur par ligne, facultatif)',
  authorName: 'Votre nom',
  email: 'Votre adresse e-mail',
  privacy:
    'Votre nom est lu par l’équipe éditoriale ; votre adresse sert à vous dire ce qui a été décidé. Ni l’un ni l’autre n’est publié. Vous pouvez demander leur effacement à tout moment.',
  privacyPage: 'Vos données personnelles',
  signedIn:
    'Vous êtes connecté·e : la proposition part avec votre compte, et vous coordonnerez la coalition si elle est acceptée.',
  honeypot: 'Ne remplissez pas ce champ',
  submit: 'Envoyer la proposition',
  submitting: 'Envoi…',
  sent: 'Merci ! Votre proposition est enregistrée. L’équipe éditoriale vous dira par e-mail ce qu’elle en a fait.',
  another: 'Faire une autre proposition',
  proposeLink: 'Proposer une coalition',
  listTitle: 'Coalitions proposées',
  listIntro:
    'Les intentions d’agir proposées par le public. Acceptez-en une comme coalition émergente (vous en serez coordinateur·rice, avec la personne qui l’a proposée si elle était connectée), rattachez-la à une coalition existante (ses coordinateurs sont prévenus) ou déclinez-la ; la personne reçoit votre décision et votre mot par e-mail.',
  status: 'Afficher',
  PENDING: 'À décider',
  ACCEPTED: 'Acceptées',
  MERGED: 'Rattachées',
  DECLINED: 'Déclinées',
  SPAM: 'Indésirables',
  empty: 'Aucune proposition ici.',
  proposedBy: 'Proposée par {{name}} le {{date}}',
  axesLabel: 'Axes',
  problemsLabel: 'Problèmes',
  alliesLabel: 'Alliés recherchés',
  note: 'Un mot pour la personne (envoyé avec la décision)',
  accept: 'Accepter comme coalition émergente',
  mergeInto: 'Rattacher à la coalition',
  merge: 'Rattacher',
  chooseCoalition: '(choisir une coalition)',
  decline: 'Décliner',
  decidedAccepted: 'Acceptée : ',
  decidedMerged: 'Rattachée à ',
  decidedDeclined: 'Déclinée.',
  decisionTitle: 'Décision sur « {{title}} »',
  notAllowed: 'Seuls les éditeurs et les administrateurs lisent les propositions.',
};

export const strings: FeatureStrings<typeof fr> = {
  fr,
  en: {
    newTitle: 'Propose a coalition',
    intro:
      'An intention to act to transform digital technology that others could share? Describe it: the editors read it, then make it an emerging coalition, join it to an existing coalition, or do not take it up. You receive their answer by e-mail.',
    title: 'The intention, in one sentence',
    titleHint:
      'It becomes the coalition’s title: “For responsible public procurement of digital services”.',
    description: 'Why, for whom? (optional)',
    descriptionHint:
      'Plain text. A few tags are allowed (a, em, strong, q, cite, code…); any other code is removed.',
    axes: 'The axes it would live in (one to three)',
    problems: 'The problems it would face (one a line, optional)',
    allyKinds: 'The allies sought (one kind of actor a line, optional)',
    authorName: 'Your name',
    email: 'Your e-mail address',
    privacy:
      'Your name is read by the editors; your address serves to tell you what was decided. Neither is published. You may ask for them to be erased at any time.',
    privacyPage: 'Your personal data',
    signedIn:
      'You are signed in: the proposal is sent with your account, and you will coordinate the coalition if it is accepted.',
    honeypot: 'Do not fill in this field',
    submit: 'Send the proposal',
    submitting: 'Sending…',
    sent: 'Thank you! Your proposal is recorded. The editors will tell you by e-mail what they made of it.',
    another: 'Make another proposal',
    proposeLink: 'Propose a coalition',
    listTitle: 'Proposed coalitions',
    listIntro:
      'Intentions to act proposed by the public. Accept one as an emerging coalition (you will coordinate it, with its proposer if they were signed in), join it to an existing coalition (its coordinators are told) or decline it; the proposer receives your decision and your word by e-mail.',
    status: 'Show',
    PENDING: 'To decide',
    ACCEPTED: 'Accepted',
    MERGED: 'Joined',
    DECLINED: 'Declined',
    SPAM: 'Unwanted',
    empty: 'No proposal here.',
    proposedBy: 'Proposed by {{name}} on {{date}}',
    axesLabel: 'Axes',
    problemsLabel: 'Problems',
    alliesLabel: 'Allies sought',
    note: 'A word for the proposer (sent with the decision)',
    accept: 'Accept as an emerging coalition',
    mergeInto: 'Join to the coalition',
    merge: 'Join',
    chooseCoalition: '(choose a coalition)',
    decline: 'Decline',
    decidedAccepted: 'Accepted: ',
    decidedMerged: 'Joined to ',
    decidedDeclined: 'Declined.',
    decisionTitle: 'Decision on “{{title}}”',
    notAllowed: 'Only editors and administrators read proposals.',
  },
};

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    intentions: typeof fr;
  }
}
