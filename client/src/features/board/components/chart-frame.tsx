import { useRef, useState, type ReactNode } from 'react';
import { downloadChartPng } from '../../../lib/download/chart-png.ts';

interface Props {
  title: string;
  fileName: string;
  /** What the chart shows, for screen readers (the table beside it gives the figures). */
  label: string;
  children: ReactNode;
}

/** A chart with a button that saves it as a PNG picture with its title. */
export function ChartFrame({ title, fileName, label, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <figure className="board-chart">
      <figcaption className="board-chart__caption">
        <span>{title}</span>
        <button
          type="button"
          className="button button--secondary button--small no-print"
          aria-label={`Download the chart "${title}" as PNG`}
          onClick={() => {
            setError(null);
            if (ref.current)
              downloadChartPng(ref.current, fileName, { title }).catch((e: unknown) =>
                setError(e instanceof Error ? e.message : 'The picture could not be made.'),
              );
          }}
        >
          PNG
        </button>
      </figcaption>
      <div ref={ref} role="img" aria-label={label}>
        {children}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </figure>
  );
}
