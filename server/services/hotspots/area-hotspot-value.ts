import { RATE_PER } from '../../analytics/poisson-interval.ts';
import { invalidInput } from '../../errors.ts';
import type { AreaCount } from '../../queries/area-counts.ts';

export type AreaValue = 'rate' | 'count';

const hasResidents = (a: AreaCount) => a.population !== null && a.population > 0;

/** Contacts per 1,000 residents; null without residents. */
export const ratePer1000 = (a: AreaCount): number | null =>
  hasResidents(a) ? (a.contacts / (a.population as number)) * RATE_PER : null;

/**
 * The value Gi* runs on: the one asked for, else the rate when every area has residents (so areas of
 * different sizes compare fairly), else the count. A rate asked for where some area has no residents is
 * refused: Gi* needs a value for every area.
 */
export function chooseValue(
  asked: AreaValue | undefined,
  areas: readonly AreaCount[],
): { value: AreaValue; note: string } {
  const without = areas.filter((a) => !hasResidents(a)).length;
  const ratesKnown = areas.length > 0 && without === 0;
  if (asked === 'rate' && !ratesKnown)
    throw invalidInput(
      'value',
      `A rate needs residents for every area, and ${without} of this layer's ${areas.length} areas have none. ` +
        'Use value=count.',
    );
  if (asked === 'rate') return { value: 'rate', note: 'Contacts per 1,000 residents, as asked.' };
  if (asked === 'count') return { value: 'count', note: 'The number of contacts, as asked.' };
  return ratesKnown
    ? {
        value: 'rate',
        note: 'Contacts per 1,000 residents (the default: every area has residents, so areas of different sizes compare fairly).',
      }
    : {
        value: 'count',
        note: `The number of contacts (the default here: ${without} of the ${areas.length} areas have no residents, so no rate). Larger areas tend to have more.`,
      };
}

/** The value of each area under the choice. */
export const valuesOf = (areas: readonly AreaCount[], value: AreaValue): number[] =>
  areas.map((a) => (value === 'rate' ? (ratePer1000(a) as number) : a.contacts));
