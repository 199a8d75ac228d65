import type { FeatureStrings } from '@/lib/i18n';

/**
 * Strings of the people feature: notifications, unsubscribing, profile (the follow button has its
 * own, follow-strings.ts: it is on the landing pages, these are not).
 */
const fr = {
  notifications: {
    title: 'Notifications',
    nav: 'Notifications',
    unread_one: '{{count}} non lue',
    unread_other: '{{count}} non lues',
    empty: 'Rien de nouveau sur ce que vous suivez.',
    note: 'Nouvelle note : {{title}}',
    testimony: 'Nouveau témoignage : {{title}}',
    comment: 'Nouveau commentaire sur : {{title}}',
    stage: 'Nouvelle étape pour la coalition : {{title}}',
    member: 'Nouveau membre : {{title}}',
    commitmentRequest: 'Demande d’engagement à décider : {{title}}',
    commitmentConfirmed: 'Engagement confirmé : {{title}}',
    commitmentDeclined: 'Engagement décliné : {{title}}',
    moderation: 'Contributions en attente de modération : {{title}}',
    intention: 'Proposition de coalition : {{title}}',
    invitation: 'Invitation à rejoindre une coalition : {{title}}',
    invitationAccepted: 'Invitation acceptée : {{title}}',
    invitationRefused: 'Invitation refusée : {{title}}',
    markAll: 'Tout marquer comme lu',
    unreadBadge: 'non lue',
    previous: 'Plus récentes',
    next: 'Plus anciennes',
  },
  unsubscribe: {
    title: 'Ne plus recevoir d’e-mails',
    intro:
      'Vous ne recevrez plus d’e-mail sur ce que vous suivez (ni un par nouveauté, ni le résumé du jour). Les notifications restent visibles dans l’application quand vous êtes connecté·e.',
    submit: 'Ne plus recevoir d’e-mails',
    done: 'C’est fait : vous ne recevrez plus d’e-mail sur ce que vous suivez.',
    profile: 'Vos préférences',
    invalid: 'Ce lien n’est pas valide, ou le compte n’existe plus.',
    failed: 'La demande a échoué ({{status}}) : réessayez plus tard.',
  },
  deletion: {
    title: 'Supprimer mon compte',
    explain:
      'Votre profil, votre adresse, ce que vous suivez et vos notifications sont effacés, et votre identifiant de connexion est supprimé. Vos commentaires et suggestions publiés restent lisibles, sans votre nom. Un e-mail vous confirme la suppression. C’est définitif.',
    confirm: 'Je veux supprimer mon compte définitivement',
    submit: 'Supprimer mon compte',
    deleting: 'Suppression…',
    failed:
      'La suppression n’a pas eu lieu ({{status}}) : rien n’a été effacé, réessayez plus tard.',
    done: 'Votre compte est supprimé',
    home: 'Retour à l’accueil',
    doneText:
      'Un e-mail de confirmation part vers votre adresse. {{comments}} commentaire(s) et {{suggestions}} suggestion(s) restent publiés sans votre nom.',
  },
  profile: {
    title: 'Mon profil',
    nav: 'Mon profil',
    intro:
      'Votre nom affiché, la langue des e-mails que vous recevez et la façon dont vous êtes prévenu·e de ce que vous suivez.',
    email: 'Adresse e-mail',
    emailNone: 'Aucune adresse vérifiée : vous ne recevrez pas d’e-mail.',
    displayName: 'Nom affiché',
    language: 'Langue des e-mails',
    fr: 'Français',
    en: 'English',
    mode: 'E-mails sur ce que vous suivez',
    IMMEDIATE: 'Un e-mail à chaque nouveauté',
    DAILY: 'Un résumé par jour',
    NONE: 'Aucun e-mail (seulement dans l’application)',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    saved: 'Profil enregistré.',
    failed: 'L’enregistrement a échoué ({{status}}).',
    follows: 'Ce que vous suivez',
    followsNone:
      'Vous ne suivez rien pour le moment : utilisez le bouton « Suivre » d’une coalition, d’un territoire, d’un axe ou d’un événement.',
    coalition: 'Coalition',
    territory: 'Territoire',
    axis: 'Axe',
    event: 'Événement',
  },
};

export const strings: FeatureStrings<typeof fr> = {
  fr,
  en: {
    notifications: {
      title: 'Notifications',
      nav: 'Notifications',
      unread_one: '{{count}} unread',
      unread_other: '{{count}} unread',
      empty: 'Nothing new on what you follow.',
      note: 'New note: {{title}}',
      testimony: 'New testimony: {{title}}',
      comment: 'New comment on: {{title}}',
      stage: 'New stage for the coalition: {{title}}',
      member: 'New member: {{title}}',
      commitmentRequest: 'Commitment request to decide: {{title}}',
      commitmentConfirmed: 'Commitment confirmed: {{title}}',
      commitmentDeclined: 'Commitment declined: {{title}}',
      moderation: 'Contributions awaiting moderation: {{title}}',
      intention: 'Coalition proposal: {{title}}',
      invitation: 'Invitation to join a coalition: {{title}}',
      invitationAccepted: 'Invitation accepted: {{title}}',
      invitationRefused: 'Invitation refused: {{title}}',
      markAll: 'Mark all as read',
      unreadBadge: 'unread',
      previous: 'Newer',
      next: 'Older',
    },
    unsubscribe: {
      title: 'Stop e-mails',
      intro:
        'You will receive no more e-mail about what you follow (neither one per news item nor the daily digest). Notifications stay in the app when you are signed in.',
      submit: 'Stop e-mails',
      done: 'Done: you will receive no more e-mail about what you follow.',
      profile: 'Your preferences',
      invalid: 'This link is not valid, or the account no longer exists.',
      failed: 'The request failed ({{status}}): try again later.',
    },
    deletion: {
      title: 'Delete my account',
      explain:
        'Your profile, address, follows and notifications are erased and your sign-in is removed. Your published comments and suggestions stay readable, without your name. An e-mail confirms the deletion. This cannot be undone.',
      confirm: 'I want to delete my account for good',
      submit: 'Delete my account',
      deleting: 'Deleting…',
      failed: 'The account was not deleted ({{status}}): nothing was erased, try again later.',
      done: 'Your account is deleted',
      home: 'Back to the home page',
      doneText:
        'A confirmation e-mail is on its way to your address. {{comments}} comment(s) and {{suggestions}} suggestion(s) stay published without your name.',
    },
    profile: {
      title: 'My profile',
      nav: 'My profile',
      intro:
        'Your display name, the language of the e-mails you receive and how you hear of what you follow.',
      email: 'E-mail address',
      emailNone: 'No verified address: you will not receive e-mails.',
      displayName: 'Display name',
      language: 'Language of e-mails',
      fr: 'Français',
      en: 'English',
      mode: 'E-mails about what you follow',
      IMMEDIATE: 'An e-mail for each new thing',
      DAILY: 'A daily digest',
      NONE: 'No e-mail (in the app only)',
      save: 'Save',
      saving: 'Saving…',
      saved: 'Profile saved.',
      failed: 'Saving failed ({{status}}).',
      follows: 'What you follow',
      followsNone:
        'You follow nothing yet: use the “Follow” button of a coalition, a territory, an axis or an event.',
      coalition: 'Coalition',
      territory: 'Territory',
      axis: 'Axis',
      event: 'Event',
    },
  },
};

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    people: typeof fr;
  }
}
