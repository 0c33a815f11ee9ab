import { useDraft } from '../../../lib/use-draft.ts';
import type { UrlFilters } from '../../../lib/url-filters.ts';

interface Props {
  from: string | null;
  to: string | null;
  onChange: (patch: Partial<UrlFilters>) => void;
}

export function DateRangeFields({ from, to, onChange }: Props) {
  return (
    <>
      <DateField
        id="filter-from"
        label="From"
        value={from}
        max={to}
        onCommit={(v) => onChange({ from: v })}
      />
      <DateField id="filter-to" label="To" value={to} min={from} onCommit={(v) => onChange({ to: v })} />
    </>
  );
}

interface FieldProps {
  id: string;
  label: string;
  value: string | null;
  min?: string | null;
  max?: string | null;
  onCommit: (value: string | null) => void;
}

// While a year is typed digit by digit the input reports 0002, 0020, 0202: only plausible years go to the URL.
const plausible = (v: string) => v === '' || Number(v.slice(0, 4)) >= 1900;

function DateField({ id, label, value, min, max, onCommit }: FieldProps) {
  const [draft, setDraft] = useDraft(value ?? '');
  const commit = (v: string) => {
    if (v !== (value ?? '')) onCommit(v || null);
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        className="input"
        value={draft}
        min={min ?? undefined}
        max={max ?? undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          if (plausible(e.target.value)) commit(e.target.value);
        }}
        onBlur={(e) => commit(e.target.value)}
      />
    </div>
  );
}
