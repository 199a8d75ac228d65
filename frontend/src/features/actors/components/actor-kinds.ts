import type { Schemas } from '@/lib/api-client';

export const actorKinds: readonly Schemas['ActorKind'][] = [
  'ASSOCIATION',
  'LOCAL_AUTHORITY',
  'PUBLIC_BODY',
  'COMPANY',
  'RESEARCH_EDUCATION',
  'FUNDER',
  'MEDIA',
  'NETWORK',
  'INDIVIDUAL_EXPERT',
];

export function isActorKind(value: string | null): value is Schemas['ActorKind'] {
  return actorKinds.includes(value as Schemas['ActorKind']);
}
