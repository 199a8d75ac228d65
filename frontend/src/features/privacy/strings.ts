import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the privacy page: what Fabrique keeps about people, for how long, who else sees it. */
const fr = {
  title: 'Vos données personnelles',
  intro:
    'Fabrique garde le moins possible de données sur les personnes. Cette page dit ce qui est gardé, pendant combien de temps, ce qui est transmis à d’autres, et comment tout effacer.',
  comments: {
    title: 'Quand vous commentez ou suggérez sans compte',
    what: 'Nous gardons votre nom, votre adresse e-mail, votre site web s’il est donné et votre texte. Le nom, le site et le texte sont publiés après modération ; l’adresse e-mail ne l’est jamais : seuls les modérateurs la voient, pour reconnaître un premier commentaire ou des envois répétés.',
    hashes:
      'Avec chaque envoi, nous gardons aussi une empreinte chiffrée (HMAC) de votre adresse e-mail et de votre adresse IP, qui sert aux limites d’envoi et aux règles contre le spam ; l’adresse IP elle-même n’est pas gardée. Les compteurs de limites s’effacent au bout de 10 minutes.',
    howLong:
      'Ces données restent tant que le commentaire existe : jusqu’à ce que vous l’effaciez, ou qu’un modérateur le supprime.',
  },
  spam: {
    title: 'Ce que reçoit le service anti-spam',
    text: 'Quand la plateforme est configurée avec un service anti-spam compatible Akismet, chaque commentaire ou suggestion lui est envoyé pour vérification avec : le texte, le nom, l’adresse e-mail, le site web, votre adresse IP, votre navigateur (user agent), la page d’origine (referrer) et l’adresse de la page commentée. Sans cette configuration, rien ne sort de Fabrique.',
  },
  accounts: {
    title: 'Quand vous avez un compte',
    text: 'Votre compte (identifiant, adresse e-mail, mot de passe) est géré par le service de connexion de la plateforme (Keycloak). Fabrique garde votre identifiant, votre nom affiché, vos rôles et les organisations ou territoires auxquels un administrateur vous a relié, ainsi que vos commentaires.',
  },
  mail: {
    title: 'Les e-mails que nous envoyons',
    text: 'Nous n’envoyons un e-mail que pour répondre à votre demande (par exemple le lien d’effacement de vos commentaires). Votre adresse n’est jamais vendue ni transmise, en dehors du service anti-spam décrit plus haut.',
  },
  erase: {
    title: 'Tout effacer',
    byMail:
      'Sans compte : demandez un lien d’effacement, envoyé à l’adresse donnée avec vos commentaires. Il vaut 48 heures et efface une fois tous les commentaires et suggestions envoyés avec cette adresse : ils restent à leur place, sans votre nom ni votre texte.',
    byMailLink: 'Demander un lien d’effacement',
    signedIn: 'Avec un compte : vos commentaires s’effacent depuis',
    myComments: 'Mes commentaires',
  },
};

export const strings: FeatureStrings<typeof fr> = {
  fr,
  en: {
    title: 'Your personal data',
    intro:
      'Fabrique keeps as little data about people as it can. This page says what is kept, for how long, what is passed on, and how to erase it all.',
    comments: {
      title: 'When you comment or suggest without an account',
      what: 'We keep your name, your e-mail address, your website if you give one and your text. The name, website and text are published after moderation; the e-mail address never is: only moderators see it, to recognise a first comment or repeated submissions.',
      hashes:
        'With each submission we also keep a keyed fingerprint (HMAC) of your e-mail address and of your IP address, used for sending limits and anti-spam rules; the IP address itself is not kept. Limit counters are forgotten after 10 minutes.',
      howLong:
        'This data stays as long as the comment does: until you erase it, or a moderator deletes it.',
    },
    spam: {
      title: 'What the anti-spam service receives',
      text: 'When the platform is configured with an Akismet-compatible anti-spam service, each comment or suggestion is sent to it for checking with: the text, the name, the e-mail address, the website, your IP address, your browser (user agent), the page you came from (referrer) and the address of the page. Without that setting, nothing leaves Fabrique.',
    },
    accounts: {
      title: 'When you have an account',
      text: 'Your account (user name, e-mail address, password) is managed by the platform’s sign-in service (Keycloak). Fabrique keeps your user name, display name, roles, the organisations or territories an administrator linked you to, and your comments.',
    },
    mail: {
      title: 'The e-mails we send',
      text: 'We send an e-mail only to answer a request of yours (for instance the link that erases your comments). Your address is never sold or passed on, apart from the anti-spam service described above.',
    },
    erase: {
      title: 'Erasing everything',
      byMail:
        'Without an account: ask for an erasure link, sent to the address given with your comments. It works for 48 hours and erases, once, every comment and suggestion sent with that address: they stay in place, without your name or your text.',
      byMailLink: 'Ask for an erasure link',
      signedIn: 'With an account: erase your comments from',
      myComments: 'My comments',
    },
  },
};

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    privacy: typeof fr;
  }
}
