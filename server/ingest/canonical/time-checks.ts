import { sql, type Sql } from '../../db/sql.ts';
import type { RowCheck } from '../checks/row-check.ts';
import { parsed, type MomentField } from './canonical-parsed.ts';
import { field, labelOf, rawField, type CanonicalSource } from './canonical-source.ts';

const FORMS = 'use 2024-03-05T21:40:00Z, 2024-03-05 21:40, 2024-03-05 or 2024-03';
/** Earlier than this is a typing error, not an ASB contact anyone holds. */
export const EARLIEST = '1990-01-01';

function check(src: CanonicalSource, c: MomentField, fails: Sql, reason: string): RowCheck {
  return { column: labelOf(src, c), value: rawField(c), fails, reason: sql`${reason}` };
}

/** received_at: present, in one of the forms, a real date, not in the future. */
export function receivedChecks(src: CanonicalSource): RowCheck[] {
  const x = field('received_at');
  const form = parsed.form('received_at');
  const day = parsed.receivedOn;
  return [
    check(src, 'received_at', sql`${x} is null`, 'missing: this column is required'),
    check(src, 'received_at', sql`${x} is not null and ${form} is null`, `not a date or time: ${FORMS}`),
    check(src, 'received_at', sql`${form} is not null and ${day} is null`, 'not a real date or time'),
    check(src, 'received_at', sql`${day} > current_date + 1`, 'in the future'),
    check(src, 'received_at', sql`${day} < ${EARLIEST}::date`, `before ${EARLIEST}`),
  ];
}

/** An optional time or day (from_at, to_at, resolved_at). */
function momentChecks(src: CanonicalSource, c: MomentField): RowCheck[] {
  const form = parsed.form(c);
  return [
    check(src, c, sql`${field(c)} is not null and ${form} is null`, `not a date or time: ${FORMS}`),
    check(src, c, sql`${form} = 'month'`, 'a month alone is too vague here: give a day or a time'),
    check(src, c, sql`${form} in ('time', 'day') and ${parsed.moment(c)} is null`, 'not a real date or time'),
  ];
}

export function windowChecks(src: CanonicalSource): RowCheck[] {
  return [
    ...momentChecks(src, 'from_at'),
    ...momentChecks(src, 'to_at'),
    check(
      src,
      'to_at',
      sql`${parsed.moment('to_at')} < ${parsed.moment('from_at')}`,
      `before ${labelOf(src, 'from_at')}`,
    ),
    ...momentChecks(src, 'resolved_at'),
    check(
      src,
      'resolved_at',
      sql`${parsed.moment('resolved_at')}::date < ${parsed.receivedOn}`,
      `before ${labelOf(src, 'received_at')}`,
    ),
  ];
}
