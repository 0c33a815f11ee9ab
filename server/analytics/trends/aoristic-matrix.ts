import { aoristicWeights, HOURS_PER_WEEK } from './aoristic.ts';

/** Records sharing one window, as SQL can pre-aggregate them: group by start minute of week and duration. */
export interface WindowGroup {
  /** Minutes since Monday 00:00, local time, 0 to 10079. */
  startMinuteOfWeek: number;
  durationMinutes: number;
  count: number;
}

export interface AoristicMatrix {
  /** cells[weekday][hour], weekday 0 = Monday; the weighted number of records in each hour of the week. */
  cells: number[][];
  /** Records spread over the matrix (the sum of all cells). */
  records: number;
}

/**
 * The 7 x 24 aoristic matrix from groups of records with the same window: each group adds count x the
 * aoristic weights of its window. Work grows with the number of distinct windows, not of records.
 */
export function aoristicMatrix(groups: Iterable<WindowGroup>): AoristicMatrix {
  const flat = new Float64Array(HOURS_PER_WEEK);
  let records = 0;
  for (const { startMinuteOfWeek, durationMinutes, count } of groups) {
    if (!(count >= 0) || !Number.isFinite(count))
      throw new RangeError(`count must be finite and >= 0: ${count}`);
    if (count === 0) continue;
    for (const { cell, weight } of aoristicWeights(startMinuteOfWeek, durationMinutes))
      flat[cell] = (flat[cell] ?? 0) + count * weight;
    records += count;
  }
  const cells = Array.from({ length: 7 }, (_, day) => Array.from(flat.subarray(day * 24, day * 24 + 24)));
  return { cells, records };
}
