import { sql } from '../../db/sql.ts';
import type { RowCheck } from '../checks/row-check.ts';
import { canonicalChecks } from '../canonical/canonical-checks.ts';
import { parseCanonical } from '../canonical/canonical-parsed.ts';
import { canonicalRows } from '../canonical/canonical-rows.ts';
import { canonicalRelation, type CanonicalSource } from '../canonical/canonical-source.ts';
import { fillPostcodePoints } from '../canonical/postcode-points.ts';
import type { Known, TypedPlan } from './format-plan.ts';

/** The plan for a file mapped to canonical fields: the canonical contact CSV, or any export via a profile. */
export function canonicalPlan(
  source: CanonicalSource,
  known: Known,
  extraChecks: readonly RowCheck[] = [],
): TypedPlan {
  return {
    relation: (rows) => parseCanonical(canonicalRelation(rows, source)),
    checks: [...extraChecks, ...canonicalChecks(source, known.agencies)],
    typed: (relation, failed) => canonicalRows(sql`select *, ${failed} as failed from (${relation})`),
    complete: fillPostcodePoints,
    personal: (['name', 'phone', 'address', 'description'] as const).some((c) => source[c]),
  };
}
