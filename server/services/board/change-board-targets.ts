import type { NewTarget } from '../../contract/board.ts';
import type { Db } from '../../db/database.ts';
import { invalidInput, notFound } from '../../errors.ts';
import { listAgencies } from '../../queries/agencies.ts';
import { deleteTarget, insertTarget } from '../../queries/board-targets.ts';
import { areaExists, findLayer } from '../../queries/boundaries.ts';

/** Checks the target names a loaded layer, area and agency (a 400 naming the field if not) and stores it. */
export async function addBoardTarget(db: Db, t: NewTarget, setBy: string): Promise<{ id: number }> {
  if (t.measure === 'rate_per_1000') {
    if (t.agency !== null)
      throw invalidInput('agency', "Invalid field 'agency': a rate target covers every agency.");
    if (!(await findLayer(db, t.layer ?? '')))
      throw invalidInput('layer', `Invalid field 'layer': unknown boundary layer '${t.layer}'.`);
    if (t.areaCode !== null && !(await areaExists(db, t.layer ?? '', t.areaCode)))
      throw invalidInput(
        'areaCode',
        `Invalid field 'areaCode': no area '${t.areaCode}' in layer '${t.layer}'.`,
      );
  } else {
    if (t.layer !== null || t.areaCode !== null)
      throw invalidInput('layer', "Invalid field 'layer': an SLA target is set per agency, not per area.");
    if (t.agency !== null && !(await listAgencies(db)).some((a) => a.code === t.agency))
      throw invalidInput('agency', `Invalid field 'agency': unknown agency '${t.agency}'.`);
  }
  return { id: await insertTarget(db, t, setBy) };
}

export async function removeBoardTarget(db: Db, id: number): Promise<void> {
  if (!(await deleteTarget(db, id))) throw notFound(`Target ${id}`);
}
