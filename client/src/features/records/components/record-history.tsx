import type { RecordHistoryEntry } from '../../../../../server/contract/records.ts';

const when = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
});

const KIND_LABEL: Record<RecordHistoryEntry['kind'], string> = {
  loaded: 'Loaded',
  linked: 'Linked',
  audit: 'Audit',
};

// Every list page that showed the record is logged; those would bury the views, reveals and exports.
const isSearch = (h: RecordHistoryEntry) => h.kind === 'audit' && h.text.startsWith('record search');

function Entries({ list, testId }: { list: readonly RecordHistoryEntry[]; testId?: string }) {
  return (
    <ol className="record-history" data-testid={testId}>
      {list.map((h, i) => (
        <li key={i}>
          <span className={`record-tag record-tag--${h.kind}`}>{KIND_LABEL[h.kind]}</span>{' '}
          {h.at && <span className="record-history__when">{when.format(new Date(h.at))} UTC</span>}
          {h.username && <span className="muted"> · {h.username}</span>}
          <div>{h.text}</div>
        </li>
      ))}
    </ol>
  );
}

/** What happened to the record, oldest first: loading, linking and (for admins) who looked at it. */
export function RecordHistory({ history }: { history: readonly RecordHistoryEntry[] }) {
  if (history.length === 0) return <p className="muted">No history recorded.</p>;
  const searches = history.filter(isSearch);
  return (
    <>
      <Entries list={history.filter((h) => !isSearch(h))} testId="record-history" />
      {searches.length > 0 && (
        <details className="record-history__searches">
          <summary>
            In the results of {searches.length} {searches.length === 1 ? 'search' : 'searches'}
          </summary>
          <Entries list={searches} />
        </details>
      )}
    </>
  );
}
