import type { Schemas } from '@/lib/api-client';

/**
 * The contract's lists of values for the toolbox, without zod (the catalogue and the coalition
 * page do not load it). Each list is written as a record keyed by the contract's type, so that the
 * type check fails when the contract adds or removes a value.
 */

export type ResourceKind = Schemas['ResourceKind'];
export type Availability = Schemas['Availability'];
export type Licence = NonNullable<Schemas['SharedResourceInput']['licence']>;

const kinds: Record<ResourceKind, true> = {
  GUIDE: true,
  TOOLKIT: true,
  BOOKLET: true,
  EXPERIENCE_REPORT: true,
  SOFTWARE_COMMONS: true,
  KNOWLEDGE_COMMONS: true,
};

const availabilityValues: Record<Availability, true> = {
  PLANNED: true,
  IN_PROGRESS: true,
  AVAILABLE: true,
};

/** The licences the API accepts (SharedResourceInput.licence), in the contract's order. */
const licenceValues: Record<Licence, true> = {
  'Licence Ouverte 2.0': true,
  'CC BY 4.0': true,
  'CC BY-SA 4.0': true,
  'CC BY-NC 4.0': true,
  'CC BY-NC-SA 4.0': true,
  'CC BY-ND 4.0': true,
  'CC0 1.0': true,
  'ODbL 1.0': true,
  'AGPL-3.0': true,
  'GPL-3.0': true,
  'EUPL-1.2': true,
  MIT: true,
  'Apache-2.0': true,
  'All rights reserved': true,
};

export const resourceKinds = Object.keys(kinds) as readonly ResourceKind[];
export const availabilities = Object.keys(availabilityValues) as readonly Availability[];
export const licences = Object.keys(licenceValues) as readonly Licence[];
