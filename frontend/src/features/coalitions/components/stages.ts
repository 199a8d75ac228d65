import type { Schemas } from '@/lib/api-client';

/** The six stages of a coalition, in the order of the programme's process. */
export const stages: readonly Schemas['Stage'][] = [
  'EMERGING',
  'FORMING',
  'COMMITTED',
  'ACTING',
  'AUTONOMOUS',
  'DISSEMINATED',
];

export function isStage(value: string | null): value is Schemas['Stage'] {
  return stages.includes(value as Schemas['Stage']);
}
