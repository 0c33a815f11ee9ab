import type { ProblemDetail, ProblemPatch } from '../../contract/tasking.ts';
import type { Db } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { insertChange } from '../../queries/tasking/changes.ts';
import { renamePlace } from '../../queries/tasking/place-area.ts';
import { problemRows, updateProblem, type ProblemFields } from '../../queries/tasking/problems.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { checkAgency } from './check-agency.ts';
import { changedFields, editConflict, guardedEdit } from './edit-conflict.ts';
import { getProblem } from './get-problem.ts';
import { categoriesOf } from './problem-dto.ts';
import { todayUtc } from './today.ts';

const asText = (f: ProblemFields) => ({
  title: f.title,
  description: f.description,
  categories: f.categories.join(', '),
  stage: f.stage,
  status: f.status,
  ownerAgency: f.ownerAgency,
  reviewDate: f.reviewDate,
});

/** Applies a change made on `patch.version`; a stale version is a 409 naming who changed it since. */
export async function patchProblem(
  db: Db,
  user: SessionUser,
  id: number,
  patch: ProblemPatch,
): Promise<ProblemDetail> {
  await checkAgency(db, 'ownerAgency', patch.ownerAgency);
  await guardedEdit(db, 'problem', id, async (tx) => {
    const [row] = await problemRows(tx, { id, status: 'all' }, todayUtc());
    if (!row) throw notFound(`Problem ${id}`);
    const before: ProblemFields = {
      title: row.title,
      description: row.description,
      categories: categoriesOf(row),
      stage: row.stage,
      status: row.status,
      ownerAgency: row.owner_agency,
      reviewDate: row.review_date,
    };
    const { version, ...given } = patch;
    const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    const after: ProblemFields = { ...before, ...defined };
    if (row.version !== version) throw await editConflict(tx, 'problem', id);
    const fields = changedFields(asText(before), asText(after));
    if (fields.length === 0) return;
    if (!(await updateProblem(tx, id, version, after, user.id))) throw await editConflict(tx, 'problem', id);
    if (after.title !== before.title) await renamePlace(tx, row.layer_id, String(id), after.title);
    await insertChange(tx, {
      problemId: id,
      entity: 'problem',
      entityId: id,
      change: 'updated',
      fields,
      userId: user.id,
    });
  });
  return getProblem(db, user, id, null);
}
