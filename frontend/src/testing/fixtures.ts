import type { Schemas } from '@/lib/api-client';

export const coalition3: Schemas['CoalitionSummary'] = {
  number: 3,
  slug: 'formations-superieures-numeriques-ethiques',
  title:
    'Pour des formations supérieures numériques intégrant les questions éthiques sociales et environnementales',
  summary: 'Faire entrer les questions éthiques dans les formations supérieures au numérique.',
  stage: 'FORMING',
  axes: [{ slug: 'environnement', name: 'Dimension environnementale', colour: '#2e7d32' }],
  keywords: ['formation', 'éthique'],
  memberCount: 2,
  sample: false,
};

export const panorama: Schemas['Panorama'] = {
  axes: [
    {
      slug: 'environnement',
      name: 'Dimension environnementale',
      description: 'Le numérique au service de la transition écologique.',
      colour: '#2e7d32',
      position: 1,
      keywords: [
        { term: 'communs', weight: 3 },
        { term: 'formation', weight: 1 },
      ],
      coalitionCount: 1,
      coalitions: [coalition3],
    },
  ],
  totals: { coalitions: 4, actors: 6, events: 2, publishedNotes: 1 },
};

export const axes: Schemas['Axis'][] = [
  { slug: 'environnement', name: 'Dimension environnementale', colour: '#2e7d32', position: 1 },
  {
    slug: 'democratie-ethique-libertes',
    name: 'Démocratie, éthique et libertés',
    colour: '#1565c0',
    position: 2,
  },
];

export const territories: Schemas['TerritorySummary'][] = [
  { slug: 'hauts-de-france', name: 'Hauts-de-France', kind: 'REGION', code: '32' },
  {
    slug: 'metropole-europeenne-de-lille',
    name: 'Métropole Européenne de Lille',
    kind: 'METROPOLIS',
    code: '200093201',
  },
];

export const impact: Schemas['DesiredImpact'] = {
  id: 1,
  title: 'Des cursus qui intègrent ces questions',
  indicator: 'Part des formations partenaires avec un module éthique',
  unit: '%',
  baseline: 10,
  target: 50,
  targetDate: '2022-12-31',
  measures: [
    { id: 1, measuredOn: '2021-06-30', value: 18, evidence: 'Mesure d’exemple' },
    { id: 2, measuredOn: '2022-06-30', value: 30, evidence: 'Deuxième mesure' },
  ],
  latestValue: 30,
  progress: 0.5,
};
