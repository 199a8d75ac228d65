import type { FeatureStrings } from '@/lib/i18n';

/** Strings of commitments: joining a coalition, my commitments, the coordinators' inbox. */
const fr = {
  // Navigation (loaded after sign-in only)
  navMine: 'Mes engagements',
  navInbox: 'Demandes d’engagement',
  navPending_one: '{{count}} en attente',
  navPending_other: '{{count}} en attente',

  // Joining a coalition (coalition page)
  joinTitle: 'Rejoindre cette coalition',
  joinIntro:
    'Proposez l’une des organisations pour lesquelles vous agissez. Les coordinateurs et les pilotes de la coalition confirment ou déclinent la demande.',
  yourActors: 'Vos organisations dans cette coalition',
  pendingFor: '{{actor}} : demande en attente de la décision des coordinateurs ({{role}}).',
  statusFor: '{{actor}} : {{role}}, {{status}}.',
  withdrawRequest: 'Retirer la demande de {{actor}}',
  withdrawEngagement: 'Retirer {{actor}} de la coalition',
  confirmWithdraw: 'Confirmer le retrait de {{actor}}',
  cancel: 'Annuler',
  withdrawn: '{{actor}} : l’engagement est retiré.',
  join: 'Proposer une organisation',
  actor: 'Organisation',
  role: 'Rôle demandé',
  roleHelp: {
    CONTRIBUTOR: 'Contributeur : participe aux travaux de la coalition',
    ALLY: 'Allié : soutient la coalition et relaie ses travaux',
    FUNDER: 'Financeur : apporte des moyens',
  },
  pilotNote: 'Les pilotes sont nommés par les coordinateurs de la coalition.',
  commitment: 'L’engagement que l’organisation peut tenir',
  commitmentHint:
    'Concret et tenable, par exemple « Ouvrir deux modules de cours aux travaux de la coalition d’ici un an ».',
  submit: 'Envoyer la demande',
  sending: 'Envoi…',
  sent: 'Demande envoyée : {{actor}} attend la décision des coordinateurs de la coalition.',
  noActors:
    'Pour proposer votre organisation, demandez à un administrateur de la plateforme de relier votre compte à elle.',
  allEngaged: 'Toutes vos organisations sont déjà engagées dans cette coalition.',
  seeMine: 'Voir toutes mes demandes et leur état',

  // My commitments
  mineTitle: 'Mes engagements',
  mineIntro:
    'Les engagements des organisations pour lesquelles vous agissez, et l’état de leurs demandes.',
  mineNoActors:
    'Votre compte n’est relié à aucune organisation. Demandez à un administrateur de la plateforme de le relier à la vôtre.',
  mineEmpty: '{{actor}} n’est engagé dans aucune coalition.',
  invitationsTitle: 'Invitations à répondre',
  invitationTitle: '{{actor}} est invité dans la coalition',
  invitedOn: 'Invitation du {{date}}',
  invitationOf: 'l’invitation de {{actor}} dans la coalition n° {{number}}',
  answerCommitmentHint:
    'Ce que l’organisation peut tenir ; la proposition des coordinateurs est reprise si vous ne la changez pas.',
  answerNote: 'Un mot pour les coordinateurs (facultatif)',
  accept: 'Accepter',
  refuse: 'Refuser',
  accepted: '{{actor}} a rejoint la coalition n° {{number}} : l’engagement est confirmé.',
  refused: 'L’invitation de {{actor}} dans la coalition n° {{number}} est refusée.',
  coalition: 'Coalition',
  updated: 'Dernier changement',
  actions: 'Actions',

  // History
  showHistory: 'Historique',
  historyOf: 'Historique de l’engagement de {{actor}} dans la coalition n° {{number}}',
  /** Read after "Historique" on the button, so that each has a name of its own. */
  historyFor: 'de l’engagement de {{actor}} dans la coalition n° {{number}}',
  historyEmpty: 'Aucun changement enregistré.',
  historyEntry: '{{action}} le {{at}} par {{by}}',
  historyImported: 'import des données',
  historyRole: 'rôle : {{role}}',
  historyNote: 'note : « {{note}} »',
  action: {
    PROPOSED: 'Proposé',
    INVITED: 'Invité par les coordinateurs',
    ACCEPTED: 'Invitation acceptée',
    REFUSED: 'Invitation refusée',
    ADDED: 'Ajouté',
    CHANGED: 'Modifié',
    CONFIRMED: 'Confirmé',
    DECLINED: 'Décliné',
    WITHDRAWN: 'Retiré',
    REMOVED: 'Retiré de la coalition',
  },

  // Coordinators' inbox
  inboxTitle: 'Demandes d’engagement',
  inboxIntro:
    'Les organisations qui proposent de rejoindre les coalitions que vous coordonnez ou pilotez, les plus anciennes d’abord. Chaque décision est enregistrée avec son auteur et sa date.',
  inboxEmpty: 'Aucune demande en attente.',
  inboxCount_one: '{{count}} demande en attente',
  inboxCount_other: '{{count}} demandes en attente',
  proposedOn: 'Proposée le {{date}}',
  note: 'Note pour l’organisation (facultative)',
  noteHint: 'Conservée dans l’historique avec votre décision.',
  confirm: 'Confirmer',
  decline: 'Décliner',
  requestOf: 'la demande de {{actor}}',
  confirmed: 'La demande de {{actor}} (coalition n° {{number}}) est confirmée.',
  declined: 'La demande de {{actor}} (coalition n° {{number}}) est déclinée.',

  // Territory positioning (coalition page, territory managers)
  positioningTitle: 'Le positionnement de votre territoire',
  positioningIntro:
    'Déclarez si votre territoire pilote cette coalition ou y contribue ; vous compléterez ensuite la déclinaison (statut, engagements, partenaires).',
  declaredAs: '{{territory}} : {{positioning}}.',
  change: 'Modifier le positionnement et la déclinaison de {{territory}}',
  declareFor: 'Positionnement de {{territory}}',
  positioningHelp: {
    PILOT: 'Pilote : le territoire porte la coalition localement',
    CONTRIBUTOR: 'Contributeur : le territoire participe à la coalition',
  },
  declare: 'Déclarer le positionnement',
  declared: 'Positionnement déclaré : {{territory}}, {{positioning}}.',
  complete: 'Compléter la déclinaison de {{territory}}',
};

export const strings: FeatureStrings<typeof fr> = {
  fr,
  en: {
    navMine: 'My commitments',
    navInbox: 'Commitment requests',
    navPending_one: '{{count}} pending',
    navPending_other: '{{count}} pending',

    joinTitle: 'Join this coalition',
    joinIntro:
      'Propose one of the organisations you act for. The coalition’s coordinators and pilots confirm or decline the request.',
    yourActors: 'Your organisations in this coalition',
    pendingFor: '{{actor}}: request awaiting the coordinators’ decision ({{role}}).',
    statusFor: '{{actor}}: {{role}}, {{status}}.',
    withdrawRequest: 'Withdraw the request of {{actor}}',
    withdrawEngagement: 'Withdraw {{actor}} from the coalition',
    confirmWithdraw: 'Confirm the withdrawal of {{actor}}',
    cancel: 'Cancel',
    withdrawn: '{{actor}}: the commitment is withdrawn.',
    join: 'Propose an organisation',
    actor: 'Organisation',
    role: 'Requested role',
    roleHelp: {
      CONTRIBUTOR: 'Contributor: takes part in the coalition’s work',
      ALLY: 'Ally: supports the coalition and spreads its work',
      FUNDER: 'Funder: brings means',
    },
    pilotNote: 'Pilots are named by the coalition’s coordinators.',
    commitment: 'The commitment the organisation can hold',
    commitmentHint:
      'Concrete and tenable, for example “Open two course modules to the coalition’s work within a year”.',
    submit: 'Send the request',
    sending: 'Sending…',
    sent: 'Request sent: {{actor}} awaits the decision of the coalition’s coordinators.',
    noActors:
      'To propose your organisation, ask a platform administrator to link your account to it.',
    allEngaged: 'All your organisations are already engaged in this coalition.',
    seeMine: 'See all my requests and their status',

    mineTitle: 'My commitments',
    mineIntro:
      'The commitments of the organisations you act for, and the status of their requests.',
    mineNoActors:
      'Your account is not linked to any organisation. Ask a platform administrator to link it to yours.',
    mineEmpty: '{{actor}} is not engaged in any coalition.',
    invitationsTitle: 'Invitations to answer',
    invitationTitle: '{{actor}} is invited to the coalition',
    invitedOn: 'Invited on {{date}}',
    invitationOf: 'the invitation of {{actor}} to coalition no. {{number}}',
    answerCommitmentHint:
      'What the organisation can hold; the coordinators’ proposal is kept if you do not change it.',
    answerNote: 'A word for the coordinators (optional)',
    accept: 'Accept',
    refuse: 'Refuse',
    accepted: '{{actor}} joined coalition no. {{number}}: the commitment is confirmed.',
    refused: 'The invitation of {{actor}} to coalition no. {{number}} is refused.',
    coalition: 'Coalition',
    updated: 'Last change',
    actions: 'Actions',

    showHistory: 'History',
    historyOf: 'History of the commitment of {{actor}} in coalition no. {{number}}',
    historyFor: 'of the commitment of {{actor}} in coalition no. {{number}}',
    historyEmpty: 'No change recorded.',
    historyEntry: '{{action}} on {{at}} by {{by}}',
    historyImported: 'data import',
    historyRole: 'role: {{role}}',
    historyNote: 'note: “{{note}}”',
    action: {
      PROPOSED: 'Proposed',
      INVITED: 'Invited by the coordinators',
      ACCEPTED: 'Invitation accepted',
      REFUSED: 'Invitation refused',
      ADDED: 'Added',
      CHANGED: 'Changed',
      CONFIRMED: 'Confirmed',
      DECLINED: 'Declined',
      WITHDRAWN: 'Withdrawn',
      REMOVED: 'Removed from the coalition',
    },

    inboxTitle: 'Commitment requests',
    inboxIntro:
      'Organisations proposing to join the coalitions you coordinate or pilot, oldest first. Each decision is recorded with who made it and when.',
    inboxEmpty: 'No pending request.',
    inboxCount_one: '{{count}} pending request',
    inboxCount_other: '{{count}} pending requests',
    proposedOn: 'Proposed on {{date}}',
    note: 'Note for the organisation (optional)',
    noteHint: 'Kept in the history with your decision.',
    confirm: 'Confirm',
    decline: 'Decline',
    requestOf: 'the request of {{actor}}',
    confirmed: 'The request of {{actor}} (coalition no. {{number}}) is confirmed.',
    declined: 'The request of {{actor}} (coalition no. {{number}}) is declined.',

    positioningTitle: 'Your territory’s positioning',
    positioningIntro:
      'Declare whether your territory pilots this coalition or contributes to it; then complete the declension (status, commitments, partners).',
    declaredAs: '{{territory}}: {{positioning}}.',
    change: 'Change the positioning and declension of {{territory}}',
    declareFor: 'Positioning of {{territory}}',
    positioningHelp: {
      PILOT: 'Pilot: the territory carries the coalition locally',
      CONTRIBUTOR: 'Contributor: the territory takes part in the coalition',
    },
    declare: 'Declare the positioning',
    declared: 'Positioning declared: {{territory}}, {{positioning}}.',
    complete: 'Complete the declension of {{territory}}',
  },
};

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    commitments: typeof fr;
  }
}
