import type { FormEvent } from 'react';
import { useDraft } from '../../../lib/use-draft.ts';

interface Props {
  q: string;
  onSearch: (q: string) => void;
}

/** Searches the location text, or finds a record by its agency reference or record number. */
export function RecordSearch({ q, onSearch }: Props) {
  const [draft, setDraft] = useDraft(q);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(draft);
  };
  return (
    <form className="record-search" role="search" onSubmit={submit}>
      <label className="field record-search__field">
        <span className="field__label">Location text or reference</span>
        <input
          className="input"
          type="search"
          maxLength={200}
          value={draft}
          placeholder="Part of the location text, an agency’s reference or a record number"
          onChange={(e) => setDraft(e.target.value)}
        />
      </label>
      <button type="submit" className="button button--primary">
        Search
      </button>
      {q && (
        <button type="button" className="button button--secondary" onClick={() => onSearch('')}>
          Clear search
        </button>
      )}
    </form>
  );
}
