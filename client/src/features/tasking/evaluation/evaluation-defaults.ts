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

/** The response began when its first action was done; with none done yet, three months ago. */
export function defaultInterventionDate(actions: readonly Action[], today = new Date()): string {
  const done = actions
    .filter((a) => a.status === 'done' && a.completedOn)
    .map((a) => (a.completedOn ?? '').slice(0, 10))
    .sort();
  return done[0] ?? monthsBefore(today, 3);
}

export const defaultDraft = (
  actions: readonly Action[],
  categories: readonly Category[],
): EvaluationDraft => ({
  interventionDate: defaultInterventionDate(actions),
  bufferM: DEFAULT_BUFFER_M,
  months: DEFAULT_WINDOW_MONTHS,
  controlLayer: '',
  controlCode: '',
  categories: [...categories],
});
