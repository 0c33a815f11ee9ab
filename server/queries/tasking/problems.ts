import type { Executor } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';

export interface ProblemRow {
  [k: string]: unknown;
  id: number;
  title: string;
  description: string;
  place: string;
  place_label: string;
  layer_id: string;
  area_m2: number;
  /** Comma-separated categories; empty for every category. */
  categories: string;
  stage: string;
  status: string;
  owner_agency: string;
  owner_agency_name: string | null;
  review_date: string;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
  version: number;
  open_actions: number;
  overdue_actions: number;
  latest_verdict: string | null;
}

export interface ProblemFields {
  title: string;
  description: string;
  categories: readonly string[];
  stage: string;
  status: string;
  ownerAgency: string;
  reviewDate: string;
}

export interface NewProblemRow extends ProblemFields {
  id: number;
  place: string;
  placeLabel: string;
  layerId: string;
  areaM2: number;
  userId: number;
}

// Bound as text: an empty list has no item type to bind with.
const categoryList = (c: readonly string[]) =>
  sql`list_filter(string_split(${c.join(',')}, ','), x -> x <> '')::varchar[]`;
const iso = (column: Sql) => sql`strftime(${column}, '%Y-%m-%dT%H:%M:%SZ')`;

export async function nextProblemId(db: Executor): Promise<number> {
  const [row] = await db.all<{ n: number }>(sql`select nextval('seq_problem')::integer as n`);
  if (!row) throw new Error('nextProblemId: the sequence gave nothing');
  return row.n;
}

export async function insertProblem(db: Executor, p: NewProblemRow): Promise<void> {
  await db.run(sql`insert into problem (id, title, description, place, place_label, layer_id, area_m2,
      categories, stage, status, owner_agency, review_date, created_by, updated_by)
    values (${p.id}, ${p.title}, ${p.description}, ${p.place}, ${p.placeLabel}, ${p.layerId}, ${p.areaM2},
      ${categoryList(p.categories)}, ${p.stage}, ${p.status}, ${p.ownerAgency}, ${p.reviewDate}::date,
      ${p.userId}, ${p.userId})`);
}

/** Applies the fields when the stored version is still `version`; false when someone changed it first. */
export async function updateProblem(
  db: Executor,
  id: number,
  version: number,
  f: ProblemFields,
  userId: number,
): Promise<boolean> {
  const rows = await db.all<{ id: number }>(sql`update problem set title = ${f.title},
      description = ${f.description}, categories = ${categoryList(f.categories)}, stage = ${f.stage},
      status = ${f.status}, owner_agency = ${f.ownerAgency}, review_date = ${f.reviewDate}::date,
      updated_by = ${userId}, updated_at = current_timestamp, version = version + 1
    where id = ${id} and version = ${version} returning id`);
  return rows.length > 0;
}

export interface ProblemSelection {
  id?: number;
  status?: 'open' | 'closed' | 'all';
  agency?: string;
  stage?: string;
}

/** Problems with their owner, authors, action counts (overdue: open and due before `today`) and latest evaluation. */
export async function problemRows(db: Executor, s: ProblemSelection, today: string): Promise<ProblemRow[]> {
  const status = s.status === 'all' ? null : (s.status ?? null);
  return db.all<ProblemRow>(sql`with acts as (
      select problem_id,
        count(*) filter (where status in ('planned', 'in_progress'))::integer as open_actions,
        count(*) filter (where status in ('planned', 'in_progress') and due_date < ${today}::date)::integer
          as overdue_actions
      from tasking_action group by problem_id
    ), latest as (
      select problem_id, arg_max(result->>'$.verdict', id) as verdict from problem_evaluation group by problem_id
    )
    select p.id, p.title, p.description, p.place::varchar as place, p.place_label, p.layer_id, p.area_m2,
      array_to_string(p.categories, ',') as categories, p.stage, p.status, p.owner_agency,
      ag.name as owner_agency_name, p.review_date::varchar as review_date,
      cu.username as created_by, ${iso(sql`p.created_at`)} as created_at,
      uu.username as updated_by, ${iso(sql`p.updated_at`)} as updated_at, p.version,
      coalesce(a.open_actions, 0)::integer as open_actions,
      coalesce(a.overdue_actions, 0)::integer as overdue_actions, l.verdict as latest_verdict
    from problem p
      left join agency ag on ag.code = p.owner_agency
      left join app_user cu on cu.id = p.created_by
      left join app_user uu on uu.id = p.updated_by
      left join acts a on a.problem_id = p.id
      left join latest l on l.problem_id = p.id
    where (${s.id ?? null}::integer is null or p.id = ${s.id ?? null})
      and (${status}::varchar is null or p.status = ${status})
      and (${s.agency ?? null}::varchar is null or p.owner_agency = ${s.agency ?? null})
      and (${s.stage ?? null}::varchar is null or p.stage = ${s.stage ?? null})
    order by p.id`);
}

/** Who last changed a problem and when, for the conflict message. */
export async function lastChangeOf(
  db: Executor,
  entity: 'problem' | 'action',
  id: number,
): Promise<{ by: string | null; at: string } | null> {
  const [row] = await db.all<{ by: string | null; at: string }>(sql`select u.username as by,
      ${iso(sql`t.updated_at`)} as at
    from (select updated_by, updated_at from problem where ${entity} = 'problem' and id = ${id}
      union all select updated_by, updated_at from tasking_action where ${entity} = 'action' and id = ${id}) t
      left join app_user u on u.id = t.updated_by`);
  return row ?? null;
}
