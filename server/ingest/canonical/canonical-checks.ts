import { CONTACT_STATUSES } from '../../contract/canonical-contact.ts';
import { ASB_TYPES, CATEGORIES, CHANNELS } from '../../contract/taxonomy.ts';
import { sql } from '../../db/sql.ts';
import { inList, oneOf, required, type RowCheck } from '../checks/row-check.ts';
import { parsed } from './canonical-parsed.ts';
import { field, labelOf, rawField, type CanonicalSource } from './canonical-source.ts';
import { locationChecks } from './location-checks.ts';
import { receivedChecks, windowChecks } from './time-checks.ts';

const MAX_ID_LENGTH = 200;

// The codes as a list, not a subquery on agency: the typing statement must stay a plain projection of
// the file so its rows keep the file's order (csv-source.ts, unnumbered).
function knownAgency(
  src: CanonicalSource,
  c: 'agency' | 'referral_partner',
  agencies: readonly string[],
): RowCheck {
  return {
    column: labelOf(src, c),
    value: rawField(c),
    fails: sql`${field(c)} is not null and not ${inList(field(c), agencies)}`,
    reason: sql`${'unknown agency code (see the agency table)'}`,
  };
}

/**
 * Every rule a canonical contact row must meet (docs/canonical-contact-csv.md), in reporting order;
 * `agencies` the codes of the agency table.
 */
export function canonicalChecks(src: CanonicalSource, agencies: readonly string[]): RowCheck[] {
  const label = (c: Parameters<typeof labelOf>[1]) => labelOf(src, c);
  const enumCheck = (c: 'channel' | 'category' | 'asb_type' | 'status', allowed: readonly string[]) =>
    oneOf(label(c), field(c), allowed, allowed.join(', '));
  return [
    required(label('agency'), field('agency')),
    knownAgency(src, 'agency', agencies),
    required(label('source_record_id'), field('source_record_id')),
    {
      column: label('source_record_id'),
      value: rawField('source_record_id'),
      fails: sql`length(${field('source_record_id')}) > ${MAX_ID_LENGTH}`,
      reason: sql`${`longer than ${MAX_ID_LENGTH} characters`}`,
    },
    enumCheck('channel', CHANNELS),
    ...receivedChecks(src),
    ...windowChecks(src),
    required(label('category'), field('category')),
    enumCheck('category', CATEGORIES),
    enumCheck('asb_type', ASB_TYPES),
    ...locationChecks(src),
    {
      column: label('vulnerable'),
      value: rawField('vulnerable'),
      fails: sql`${field('vulnerable')} is not null and lower(${field('vulnerable')}) not in ('true', 'false')`,
      reason: sql`${'not true or false'}`,
    },
    enumCheck('status', CONTACT_STATUSES),
    knownAgency(src, 'referral_partner', agencies),
    {
      column: label('sla_target_hours'),
      value: rawField('sla_target_hours'),
      fails: sql`${field('sla_target_hours')} is not null
        and coalesce(${parsed.number('sla_target_hours')} not between 1 and 100000, true)`,
      reason: sql`${'not a whole number of hours between 1 and 100000'}`,
    },
  ];
}
