import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * The last line of defence: if rendering itself fails (even the theme or the
 * router), show plain HTML with a way out instead of a blank screen.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Nextstep could not show this page', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <main style={{ maxWidth: 560, margin: '4rem auto', padding: '0 1rem', fontFamily: 'system-ui, sans-serif', lineHeight: 1.5 }}>
        <h1>This page could not be shown</h1>
        <p>Something went wrong in your browser while showing this page. Reloading usually fixes it.</p>
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>{' '}
          or <a href="/">go to the job search</a>.
        </p>
      </main>
    );
  }
}
