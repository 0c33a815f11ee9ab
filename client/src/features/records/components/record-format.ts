import type { RecordRow } from '../../../../../server/contract/records.ts';
import { formatDate, formatMonth } from '../../../lib/format.ts';

const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/** When a record was received, no more precisely than the source said. */
export function recordWhen(r: Pick<RecordRow, 'receivedOn' | 'receivedAt' | 'precision'>): string {
  if (r.precision === 'month') return formatMonth(r.receivedOn);
  if (r.precision === 'time' && r.receivedAt) {
    return `${formatDate(r.receivedOn)} ${time.format(new Date(r.receivedAt))}`;
  }
  return formatDate(r.receivedOn);
}

/** A code such as `in_progress` as words. */
export const words = (code: string): string => code.replace(/_/g, ' ');
