import { DEFAULT_BUFFER_M, DEFAULT_WINDOW_MONTHS } from '../../../../../server/contract/evaluation.ts';
import type { Action } from '../../../../../server/contract/tasking.ts';
import type { Category } from '../../../../../server/contract/taxonomy.ts';

export interface EvaluationDraft {
  interventionDate: string;
  bufferM: number;
  months: number;
  /** '' is the district default; otherwise a layer and one of its areas. */
  controlLayer: string;
  controlCode: string;
  categories: Category[];
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Three months before `today`, the day clamped to the month's length (31 May gives 28 or 29 Feb). */
export function monthsBefore(today: Date, months: number): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(today.getUTCDate(), last));
  return isoDay(d);
}

/**
 * The response began when its first action was done; with none done yet, three months ago. A date that
 * leaves fewer than `months` whole months of data after its month (the data end on `dataEnd`) moves back
 * to the latest one that does, so the first run gives an answer rather than "no month after".
 */
export function defaultInterventionDate(
  actions: readonly Action[],
  today = new Date(),
  dataEnd: string | null = null,
  months = DEFAULT_WINDOW_MONTHS,
): string {
  const done = actions
    .filter((a) => a.status === 'done' && a.completedOn)
    .map((a) => (a.completedOn ?? '').slice(0, 10))
    .sort();
  const wanted = done[0] ?? monthsBefore(today, 3);
  if (!dataEnd) return wanted;
  const end = new Date(`${dataEnd.slice(0, 7)}-01T00:00:00Z`);
  const latest = isoDay(new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - months, 1)));
  return wanted.slice(0, 7) > latest.slice(0, 7) ? latest : wanted;
}

export const defaultDraft = (
  actions: readonly Action[],
  categories: readonly Category[],
  dataEnd: string | null = null,
): EvaluationDraft => ({
  interventionDate: defaultInterventionDate(actions, new Date(), dataEnd),
  bufferM: DEFAULT_BUFFER_M,
  months: DEFAULT_WINDOW_MONTHS,
  controlLayer: '',
  controlCode: '',
  categories: [...categories],
});
