import { useDraft } from '../../../lib/use-draft.ts';
import type { UrlFilters } from '../../../lib/url-filters.ts';

interface Props {
  from: string | null;
  to: string | null;
  /** The period the server applies when a date is not chosen; shown in the empty field. */
  inForce: { from: string; to: string } | null;
  /** The id of the text that says which period is in force. */
  describedBy: string;
  onChange: (patch: Partial<UrlFilters>) => void;
}

export function DateRangeFields({ from, to, inForce, describedBy, onChange }: Props) {
  const shownFrom = from ?? inForce?.from ?? null;
  const shownTo = to ?? inForce?.to ?? null;
  return (
    <>
      <DateField
        id="filter-from"
        label="From"
        value={from}
        fallback={inForce?.from ?? null}
        max={shownTo}
        describedBy={describedBy}
        onCommit={(v) => onChange({ from: v })}
      />
      <DateField
        id="filter-to"
        label="To"
        value={to}
        fallback={inForce?.to ?? null}
        min={shownFrom}
        describedBy={describedBy}
        onCommit={(v) => onChange({ to: v })}
      />
    </>
  );
}

interface FieldProps {
  id: string;
  label: string;
  /** The date in the address bar. */
  value: string | null;
  /** The date in force when none is chosen. */
  fallback: string | null;
  min?: string | null;
  max?: string | null;
  describedBy: string;
  onCommit: (value: string | null) => void;
}

// While a year is typed digit by digit the input reports 0002, 0020, 0202: only plausible years go to the URL.
const plausible = (v: string) => v === '' || Number(v.slice(0, 4)) >= 1900;

function DateField({ id, label, value, fallback, min, max, describedBy, onCommit }: FieldProps) {
  const shown = value ?? fallback ?? '';
  const [draft, setDraft] = useDraft(shown);
  // Leaving the default date as it is must not write it into the link.
  const commit = (v: string) => {
    if (v !== shown) onCommit(v || null);
  };
  return (
    <div className="field">
      <span className="field__label-row">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {/* The period line, which the input points to, says the same to a screen reader. */}
        {value === null && fallback !== null && (
          <span className="field__hint" aria-hidden="true">
            default
          </span>
        )}
      </span>
      <input
        id={id}
        type="date"
        className={value === null ? 'input input--default' : 'input'}
        value={draft}
        min={min ?? undefined}
        max={max ?? undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          setDraft(e.target.value);
          if (plausible(e.target.value)) commit(e.target.value);
        }}
        onBlur={(e) => commit(e.target.value)}
      />
    </div>
  );
}
