import { z } from 'zod';

/** The 101 service's eight core ASB categories, plus one for sources that publish ASB unclassified. */
export const CATEGORIES = [
  'vandalism',
  'noise',
  'intimidation',
  'abandoned_vehicles',
  'fly_tipping',
  'rowdy',
  'drugs',
  'street_lighting',
  'unclassified',
] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const CATEGORY_LABEL: Record<Category, string> = {
  vandalism: 'Vandalism, graffiti and deliberate damage',
  noise: 'Noisy neighbours and loud parties',
  intimidation: 'Intimidation and harassment',
  abandoned_vehicles: 'Abandoned vehicles',
  fly_tipping: 'Rubbish, litter and fly-tipping',
  rowdy: 'Drunk or rowdy people in public places',
  drugs: 'Drug-related ASB',
  street_lighting: 'Street lighting',
  unclassified: 'ASB (category not given by source)',
};

export const ASB_TYPES = ['personal', 'nuisance', 'environmental'] as const;
export const AsbType = z.enum(ASB_TYPES);
export type AsbType = z.infer<typeof AsbType>;

/** Default impact type per category; a record's own type wins where the source gives one. */
export const DEFAULT_ASB_TYPE: Record<Category, AsbType> = {
  vandalism: 'environmental',
  noise: 'nuisance',
  intimidation: 'personal',
  abandoned_vehicles: 'environmental',
  fly_tipping: 'environmental',
  rowdy: 'nuisance',
  drugs: 'nuisance',
  street_lighting: 'environmental',
  unclassified: 'nuisance',
};

export const CHANNELS = ['phone_101', 'phone_999', 'web', 'email', 'sms', 'in_person', 'other'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const AGENCY_KINDS = [
  'police',
  'unitary_council',
  'district_council',
  'county_council',
  'housing',
  'fire',
  'youth',
  'other',
] as const;
export const AgencyKind = z.enum(AGENCY_KINDS);
export type AgencyKind = z.infer<typeof AgencyKind>;

export const TIME_PRECISIONS = ['time', 'day', 'month'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];
