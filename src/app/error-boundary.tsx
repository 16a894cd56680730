import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { children: ReactNode; fallbackTitle: string };
type State = { error: Error | null };

/**
 * A render error shows a message where the broken part was, instead of a blank page. React
 * needs a class component for this.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever debugs it; the reader sees the message below.
    console.warn('Render error caught by ErrorBoundary', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="data-error" role="alert">
        <p className="data-error-title">{this.props.fallbackTitle}</p>
        <p className="data-error-detail">{error.message}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
