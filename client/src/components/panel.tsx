import { useId, type ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary.tsx';

interface Props {
  title: string;
  description?: ReactNode;
  className?: string;
  resetKey?: string;
  children: ReactNode;
}

/** A titled dashboard panel in its own error boundary. */
export function Panel({ title, description, className, resetKey, children }: Props) {
  const id = useId();
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={id}>
      <header className="panel__header">
        <h2 id={id} className="panel__title">
          {title}
        </h2>
        {description && <p className="panel__description">{description}</p>}
      </header>
      <ErrorBoundary resetKey={resetKey}>{children}</ErrorBoundary>
    </section>
  );
}
