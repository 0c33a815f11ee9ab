import {
  PROBLEM_LAYER_PREFIX,
  type Action,
  type ChangeEntry,
  type Priority,
  type ProblemDetail,
  type ProblemPlace,
  type ProblemSummary,
} from '../../contract/tasking.ts';
import type { Category } from '../../contract/taxonomy.ts';
import type { ChangeRow } from '../../queries/tasking/changes.ts';
import type { ProblemRow } from '../../queries/tasking/problems.ts';

const REMOVED_USER = 'a removed user';

export const categoriesOf = (r: ProblemRow): Category[] =>
  r.categories ? (r.categories.split(',') as Category[]) : [];

export const problemLayer = (id: number) => `${PROBLEM_LAYER_PREFIX}${id}`;

export function toSummary(r: ProblemRow, priority: Priority, today: string): ProblemSummary {
  return {
    id: r.id,
    title: r.title,
    stage: r.stage as ProblemSummary['stage'],
    status: r.status as ProblemSummary['status'],
    ownerAgency: { code: r.owner_agency, name: r.owner_agency_name ?? r.owner_agency },
    categories: categoriesOf(r),
    reviewDate: r.review_date,
    reviewDue: r.status === 'open' && r.review_date < today,
    placeLabel: r.place_label,
    areaFilter: `${r.layer_id}:${r.id}`,
    openActions: r.open_actions,
    overdueActions: r.overdue_actions,
    priority,
    latestVerdict: r.latest_verdict,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export function toDetail(
  r: ProblemRow,
  parts: { priority: Priority; geometry: string; actions: Action[]; changes: ChangeRow[] },
  today: string,
  canWrite: boolean,
): ProblemDetail {
  return {
    problem: {
      ...toSummary(r, parts.priority, today),
      description: r.description,
      place: JSON.parse(r.place) as ProblemPlace,
      geometry: JSON.parse(parts.geometry) as ProblemDetail['problem']['geometry'],
      areaKm2: Math.round(r.area_m2 / 1e3) / 1e3,
      createdBy: r.created_by ?? REMOVED_USER,
      createdAt: r.created_at,
      updatedBy: r.updated_by ?? REMOVED_USER,
    },
    actions: parts.actions,
    history: parts.changes.map(toChange),
    canWrite,
  };
}

const toChange = (c: ChangeRow): ChangeEntry => ({
  at: c.at,
  by: c.by ?? REMOVED_USER,
  entity: c.entity as ChangeEntry['entity'],
  entityId: c.entity_id,
  change: c.change as ChangeEntry['change'],
  fields: JSON.parse(c.fields) as ChangeEntry['fields'],
});

export { REMOVED_USER };
