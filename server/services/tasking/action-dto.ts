import type { Action } from '../../contract/tasking.ts';
import type { ActionRow, ActionUpdateRow } from '../../queries/tasking/actions.ts';
import { REMOVED_USER } from './problem-dto.ts';

/** Still to do (planned or in progress) and its due date has passed. */
export const isOverdue = (status: string, dueDate: string, today: string): boolean =>
  (status === 'planned' || status === 'in_progress') && dueDate < today;

export function toAction(r: ActionRow, updates: readonly ActionUpdateRow[], today: string): Action {
  return {
    id: r.id,
    problemId: r.problem_id,
    agency: { code: r.agency_code, name: r.agency_name ?? r.agency_code },
    assignee: r.assignee,
    kind: r.kind as Action['kind'],
    description: r.description,
    dueDate: r.due_date,
    status: r.status as Action['status'],
    completedOn: r.completed_on,
    overdue: isOverdue(r.status, r.due_date, today),
    updates: updates
      .filter((u) => u.action_id === r.id)
      .map((u) => ({ id: u.id, text: u.text, by: u.by ?? REMOVED_USER, at: u.at })),
    createdBy: r.created_by ?? REMOVED_USER,
    createdAt: r.created_at,
    version: r.version,
  };
}
