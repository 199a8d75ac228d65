import type { FeatureStrings } from '@/lib/i18n';

/** Strings of the allies suggested on a coalition's page (loaded with that section). */
const fr = {
  title: 'Alliés possibles',
  intro:
    'Pour chaque problème, les acteurs qui pourraient le rejoindre, du plus proche au moins proche, avec les raisons. Invitez-en un : les personnes qui agissent pour lui acceptent ou refusent. Visible de qui coordonne la coalition.',
  seeking: 'Alliés recherchés : {{kinds}}',
  none: 'Aucun acteur ne correspond encore à ce problème.',
  score: 'score {{score}}',
  SUGGESTED: 'proposé comme allié par un lecteur, accepté par la modération',
  KIND: 'correspond aux alliés recherchés : {{detail}}',
  EXPERTISE: 'expertise : {{detail}}',
  TERRITORY: 'présent sur un territoire de la coalition : {{detail}}',
  MEMBERSHIP: 'engagé dans la coalition {{detail}}',
  invite: 'Inviter {{actor}}',
  invited: 'Invitation envoyée, réponse attendue',
  sent: '{{actor}} est invité à rejoindre la coalition comme allié : les personnes qui agissent pour lui accepteront ou refuseront depuis leurs engagements.',
};

export const strings: FeatureStrings<typeof fr> = {
  fr,
  en: {
    title: 'Possible allies',
    intro:
      'For each problem, the actors that could join it, closest first, with the reasons. Invite one: the people acting for it accept or refuse. Shown to whoever coordinates the coalition.',
    seeking: 'Allies sought: {{kinds}}',
    none: 'No actor matches this problem yet.',
    score: 'score {{score}}',
    SUGGESTED: 'proposed as an ally by a reader, accepted by the moderators',
    KIND: 'matches the allies sought: {{detail}}',
    EXPERTISE: 'expertise: {{detail}}',
    TERRITORY: 'present in a territory of the coalition: {{detail}}',
    MEMBERSHIP: 'committed in coalition {{detail}}',
    invite: 'Invite {{actor}}',
    invited: 'Invited, answer awaited',
    sent: '{{actor}} is invited to join the coalition as an ally: the people acting for it will accept or refuse from their commitments.',
  },
};

declare module '@/lib/i18n' {
  interface FeatureNamespaces {
    allies: typeof fr;
  }
}
