import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from './states.tsx';

interface Props {
  children: ReactNode;
  /** When this changes (new filters, say) a failed panel tries again. */
  resetKey?: string;
  /** What failed, in the user's words: 'panel' or 'page'. */
  what?: string;
}

/** Keeps one failing panel from blanking the page. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Panel failed to render', error, info.componentStack);
  }

  override componentDidUpdate(prev: Props): void {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <ErrorState
        title={`This ${this.props.what ?? 'panel'} could not be shown`}
        message={
          this.props.what === 'page'
            ? 'It may have been updated since you opened the app: reload to get the latest version.'
            : 'Something went wrong while drawing it. The rest of the page is unaffected.'
        }
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}
