import { Verdict, VERDICT_LABEL } from '../../../../server/contract/evaluation.ts';
import { formatDate } from '../../lib/format.ts';
import {
  ACTION_KIND_LABEL,
  ActionKind,
  ActionStatus,
  SaraStage as SaraStageSchema,
  SARA_LABEL,
  type Action,
  type SaraStage,
} from '../../../../server/contract/tasking.ts';

export const stageLabel = (s: SaraStage): string => SARA_LABEL[s];
export const kindLabel = (k: Action['kind']): string => ACTION_KIND_LABEL[k];

const ACTION_STATUS_LABEL: Record<Action['status'], string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};
const PROBLEM_STATUS_LABEL: Record<string, string> = { open: 'Open', closed: 'Closed' };
export const actionStatusLabel = (s: Action['status']): string => ACTION_STATUS_LABEL[s];

/** YYYY-MM-DD of a day `days` after today (local), for form defaults. */
export function dayAfter(days: number, from = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A change-log time (UTC ISO) as the reader's day and minute. */
export const formatWhen = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** A changed value as the reader knows it: the labels of stages, statuses, kinds and verdicts. */
export function changeValue(field: string, value: string | null): string {
  if (value === null || value === '') return '(none)';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  const stage = SaraStageSchema.safeParse(value);
  if (field === 'stage' && stage.success) return stageLabel(stage.data);
  const status = ActionStatus.safeParse(value);
  if (field === 'status')
    return status.success ? actionStatusLabel(status.data) : (PROBLEM_STATUS_LABEL[value] ?? value);
  const kind = ActionKind.safeParse(value);
  if (field === 'kind' && kind.success) return kindLabel(kind.data);
  const verdict = Verdict.safeParse(value);
  if (field === 'verdict' && verdict.success) return VERDICT_LABEL[verdict.data];
  return value;
}
