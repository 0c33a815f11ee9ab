import type { Executor } from '../../db/database.ts';
import { invalidInput } from '../../errors.ts';
import { listAgencies } from '../../queries/agencies.ts';

/** A 400 naming the field unless the code is a known agency. */
export async function checkAgency(db: Executor, field: string, code: string | undefined): Promise<void> {
  if (code === undefined) return;
  const known = await listAgencies(db);
  if (!known.some((a) => a.code === code))
    throw invalidInput(field, `Invalid field '${field}': '${code}' is not a known agency.`);
}
