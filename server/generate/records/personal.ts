import type { Random } from '../random.ts';
import { GEN_CATEGORIES, type GeneratedCategory } from '../world/category-profiles.ts';
import type { World } from '../world/world.ts';
import type { ContactDraft } from './contact-draft.ts';
import { mix32 } from './hash.ts';

// Obviously fake on sight: nobody is called Sam Placeholder, and 07700 900xxx is Ofcom's range for drama.
export const FIRST_NAMES = [
  'Alex',
  'Sam',
  'Jo',
  'Chris',
  'Pat',
  'Robin',
  'Charlie',
  'Jamie',
  'Morgan',
  'Casey',
];
export const LAST_NAMES = ['Example', 'Sample', 'Placeholder', 'Testperson', 'Fakename', 'Dummy', 'Madeup'];
export const STREETS = [
  'Example Road',
  'Sample Street',
  'Placeholder Lane',
  'Test Avenue',
  'Fictional Close',
];
export const PHONE_PREFIX = '07700 900';

const PHRASES: Readonly<Record<GeneratedCategory, readonly string[]>> = {
  vandalism: [
    'Bus shelter glass smashed',
    'Graffiti sprayed on the garages',
    'Wing mirrors kicked off, three cars',
  ],
  noise: [
    'Loud music every night after midnight',
    'Party next door, shouting and bass',
    'Dog barking for hours',
  ],
  intimidation: [
    'Group blocking the path, shouting at residents',
    'Threats made to a neighbour',
    'Followed home',
  ],
  abandoned_vehicles: [
    'Car with no plates left for weeks',
    'Burnt-out van on the verge',
    'Untaxed car, flat tyres',
  ],
  fly_tipping: [
    'Mattress and bags dumped in the alley',
    'Builders rubble at the field gate',
    'Sofa and tyres on the verge',
  ],
  rowdy: ['Group shouting outside the shop', 'Drunk men fighting outside the pub', 'Rowdy group in the park'],
  drugs: [
    'Dealing from a car in the car park',
    'Smell of cannabis from the flat',
    'Needles found by the play area',
  ],
  street_lighting: [
    'Street light out for a week',
    'Lamp post flickering all night',
    'Three lights out on the footpath',
  ],
};

/** Every description, flat; a draft holds an index into it. */
export const DESCRIPTIONS: readonly string[] = GEN_CATEGORIES.flatMap((c) => PHRASES[c]);
const PER_CATEGORY = 3;

/**
 * Personal fields with plainly fake values, as indexes into the tables above. A repeat caller keeps
 * one name, phone and address; the description is a stock phrase for the category.
 */
export function drawPersonal(w: World, r: Random, d: ContactDraft): void {
  d.firstName = -1;
  d.phone = -1;
  d.houseNumber = -1;
  if (d.callerHigh >= 0) {
    const id = d.callerKey >= 0 ? mix32(d.callerKey ^ w.callerSalt ^ 0x3c6ef372) : r.int(0, 0x3fffffff);
    if (r.float() < 0.7) {
      d.firstName = id % FIRST_NAMES.length;
      d.lastName = (id >>> 8) % LAST_NAMES.length;
    }
    if (r.float() < 0.6) d.phone = id % 1000;
    if (r.float() < 0.5) {
      d.houseNumber = ((id >>> 4) % 120) + 1;
      d.street = (id >>> 12) % STREETS.length;
    }
  }
  d.description = r.float() < 0.8 ? d.category * PER_CATEGORY + r.int(0, PER_CATEGORY - 1) : -1;
}
