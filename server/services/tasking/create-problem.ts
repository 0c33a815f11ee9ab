import type { NewProblem, ProblemDetail } from '../../contract/tasking.ts';
import type { Db } from '../../db/database.ts';
import { geometryBox } from '../../geo/area-index.ts';
import { assignAreas } from '../../geo/assign-areas.ts';
import { storeLayerLookup } from '../../geo/layer-lookup.ts';
import { insertBoundaryLayer } from '../../queries/boundaries.ts';
import { insertChange } from '../../queries/tasking/changes.ts';
import { insertProblem, nextProblemId } from '../../queries/tasking/problems.ts';
import type { SessionUser } from '../auth/session-user.ts';
import { checkAgency } from './check-agency.ts';
import { getProblem } from './get-problem.ts';
import { placeOutline } from './place-outline.ts';
import { problemLayer } from './problem-dto.ts';

/**
 * Stores a problem with its place as hidden layer problem_<id> of one area <id>, tags every contact
 * inside it as a loaded layer would, and keeps the `created` change: all in one transaction.
 */
export async function createProblem(db: Db, user: SessionUser, input: NewProblem): Promise<ProblemDetail> {
  await checkAgency(db, 'ownerAgency', input.ownerAgency);
  const outline = await placeOutline(db, input.place);
  const id = await db.transaction(async (tx) => {
    const id = await nextProblemId(tx);
    const layer = problemLayer(id);
    const code = String(id);
    await insertBoundaryLayer(tx, {
      id: layer,
      name: input.title,
      source: `problem place set by ${user.username}`,
      areas: [
        {
          code,
          name: input.title,
          population: null,
          geometry: outline.geometry,
          bbox: geometryBox(outline.geometry),
        },
      ],
    });
    await insertProblem(tx, {
      ...input,
      id,
      status: 'open',
      place: JSON.stringify(input.place),
      placeLabel: outline.label,
      layerId: layer,
      areaM2: outline.areaM2,
      userId: user.id,
    });
    await insertChange(tx, {
      problemId: id,
      entity: 'problem',
      entityId: id,
      change: 'created',
      fields: [],
      userId: user.id,
    });
    await storeLayerLookup(tx, layer);
    await assignAreas(tx, 'all', [layer]);
    return id;
  });
  return getProblem(db, user, id, null);
}
