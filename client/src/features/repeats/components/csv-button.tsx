import { useState } from 'react';

interface Props {
  label: string;
  onDownload: () => Promise<void>;
}

/** Downloads the whole list (every page) as CSV; says so while it gathers the pages. */
export function CsvButton({ label, onDownload }: Props) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const click = () => {
    setState('busy');
    onDownload().then(
      () => setState('idle'),
      () => setState('failed'),
    );
  };
  return (
    <span className="csv-download">
      <button
        type="button"
        className="button button--secondary"
        disabled={state === 'busy'}
        onClick={click}
        aria-label={`Download ${label} as CSV`}
      >
        {state === 'busy' ? 'Preparing CSV…' : 'Download CSV'}
      </button>
      {state === 'failed' && (
        <span className="form-error" role="alert">
          The download failed; try again.
        </span>
      )}
    </span>
  );
}
