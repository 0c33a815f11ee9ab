import type { RecordDetail } from '../../../../../server/contract/records.ts';
import { CATEGORY_LABEL } from '../../../../../server/contract/taxonomy.ts';
import { formatDate } from '../../../lib/format.ts';
import { recordWhen, words } from './record-format.ts';

const coord = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 5 });

/** What the record says, apart from the personal details (those come only through a reveal). */
export function RecordFacts({ record: r }: { record: RecordDetail['record'] }) {
  return (
    <dl className="record-facts" data-testid="record-facts">
      <dt>Agency</dt>
      <dd>{r.agencyName}</dd>
      <dt>Reference</dt>
      <dd>
        <code>{r.sourceRecordId ?? '—'}</code>
      </dd>
      <dt>Received</dt>
      <dd>
        {recordWhen(r)}
        {r.precision !== 'time' && <span className="muted"> (the source gave only the {r.precision})</span>}
      </dd>
      <dt>Category</dt>
      <dd>
        {CATEGORY_LABEL[r.category]} <span className="muted">({words(r.asbType)} ASB)</span>
      </dd>
      <dt>Channel</dt>
      <dd>{r.channel ? words(r.channel) : <span className="muted">not given</span>}</dd>
      <dt>Location</dt>
      <dd>
        {r.locationText ?? <span className="muted">no text</span>}
        {r.postcode && <> · {r.postcode}</>}
        {r.lat !== null && r.lon !== null && (
          <span className="muted">
            {' '}
            ({coord.format(r.lat)}, {coord.format(r.lon)})
          </span>
        )}
      </dd>
      <dt>Status</dt>
      <dd>
        {r.status ? words(r.status) : <span className="muted">not given</span>}
        {r.resolvedAt && <span className="muted"> (resolved on {formatDate(r.resolvedAt)})</span>}
      </dd>
      <dt>Vulnerable</dt>
      <dd>{r.vulnerable ? <strong>Yes</strong> : 'No'}</dd>
      <dt>Referred to</dt>
      <dd>{r.referralPartner ?? <span className="muted">no referral</span>}</dd>
      <dt>Incident</dt>
      <dd>
        {r.incidentId === null ? <span className="muted">not linked</span> : `Incident ${r.incidentId}`}
      </dd>
    </dl>
  );
}
