import type { PersonalState } from '../../../../../server/contract/records.ts';

/** Whether this user may open the record's personal fields; the server decides, per record. */
export function PersonalBadge({ state }: { state: PersonalState }) {
  return state === 'available' ? (
    <span
      className="record-tag record-tag--available"
      title="You may reveal the personal fields, giving a reason"
    >
      Can reveal
    </span>
  ) : (
    <span
      className="record-tag record-tag--redacted"
      title="No agreement gives your agency these personal fields"
    >
      Redacted
    </span>
  );
}
