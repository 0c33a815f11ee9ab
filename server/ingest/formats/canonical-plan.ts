import { sql } from '../../db/sql.ts';
import type { RowCheck } from '../checks/row-check.ts';
import { canonicalChecks } from '../canonical/canonical-checks.ts';
import { parseCanonical } from '../canonical/canonical-parsed.ts';
import { canonicalPersonal, canonicalRows } from '../canonical/canonical-rows.ts';
import { canonicalRelation, type CanonicalSource } from '../canonical/canonical-source.ts';
import type { TypedPlan } from './format-plan.ts';

/** The plan for a file mapped to canonical fields: the canonical contact CSV, or any export via a profile. */
export function canonicalPlan(source: CanonicalSource, extraChecks: readonly RowCheck[] = []): TypedPlan {
  const fields = (['name', 'phone', 'address', 'description'] as const).filter((c) => source[c]);
  // Only the personal fields' sources, so that pass reads only their columns (csv columnsUsed).
  const personalSource: CanonicalSource = Object.fromEntries(fields.map((c) => [c, source[c]]));
  return {
    relation: (rows) => parseCanonical(canonicalRelation(rows, source)),
    checks: [...extraChecks, ...canonicalChecks(source)],
    typed: (relation, failed) => canonicalRows(sql`select *, ${failed} as failed from (${relation})`),
    ...(fields.length > 0
      ? { personal: (rows) => canonicalPersonal(canonicalRelation(rows, personalSource)) }
      : {}),
  };
}
