import {
  priorityOf,
  priorityWindows,
  REPEAT_CALLER_COMPLAINTS,
  type PlaceCounts,
} from '../../analytics/tasking/priority.ts';
import type { Priority } from '../../contract/tasking.ts';
import type { Category } from '../../contract/taxonomy.ts';
import type { Executor } from '../../db/database.ts';
import { dataExtent } from '../../queries/data-extent.ts';
import { problemCategoryCounts, vulnerableRepeatCallers } from '../../queries/tasking/priority-counts.ts';

export const PRIORITY_MONTHS = 3;

/**
 * Each problem's priority (two queries for all of them). With a board threshold, counts from 1 to
 * threshold - 1 become null as in the board pack; the score still ranks.
 */
export async function prioritiesOf(
  db: Executor,
  problems: readonly { id: number; categories: readonly Category[] }[],
  boardThreshold: number | null,
): Promise<Map<number, Priority>> {
  const { last } = await dataExtent(db);
  const ids = problems.map((p) => p.id);
  const counts = new Map<number, PlaceCounts>(
    problems.map((p) => [
      p.id,
      { current: {}, previousVolume: 0, vulnerableRepeatCallers: 0, categories: p.categories },
    ]),
  );
  if (last) {
    const w = priorityWindows(last, PRIORITY_MONTHS);
    for (const r of await problemCategoryCounts(db, ids, w)) {
      const c = counts.get(r.problem_id);
      if (!c) continue;
      c.current[r.category as Category] = r.current;
      c.previousVolume += r.previous;
    }
    for (const r of await vulnerableRepeatCallers(db, ids, w, REPEAT_CALLER_COMPLAINTS)) {
      const c = counts.get(r.problem_id);
      if (c) c.vulnerableRepeatCallers = r.callers;
    }
  }
  const out = new Map<number, Priority>();
  for (const [id, c] of counts) {
    const p = priorityOf(c, PRIORITY_MONTHS);
    out.set(id, boardThreshold === null ? p : suppressed(p, boardThreshold));
  }
  return out;
}

const hidden = (n: number | null, threshold: number) => (n !== null && n > 0 && n < threshold ? null : n);

function suppressed(p: Priority, threshold: number): Priority {
  return {
    ...p,
    volume: hidden(p.volume, threshold),
    previousVolume: hidden(p.previousVolume, threshold),
    vulnerableRepeatCallers: hidden(p.vulnerableRepeatCallers, threshold),
  };
}
