import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { emergencyWords, useHelp } from './use-safety';
import { isChunkLoadError, reloadOnce, willReload } from './chunk-recovery';
import { paths } from './paths';
import { selectionFromSearch } from './use-selection';

/** The emergency number in the person's country, when known (no hooks in a class component). */
function CallAdvice() {
  const help = useHelp();
  return <p>If you are in severe pain or think it is an emergency, call {emergencyWords(help)}.</p>;
}

interface Props {
  children: ReactNode;
  /** Where "Start over" goes (by default a full page load, so nothing broken is kept in memory). */
  onStartOver?: (href: string) => void;
  /** A new value clears the error: the route changed, so the new screen gets its chance. */
  resetKey?: unknown;
}

interface State {
  error: unknown;
  failed: boolean;
}

/**
 * Any render error shows a recovery screen instead of a blank page. A bug's "Start over" reloads the
 * body map without the selection (the marks may be what broke it); answers saved on this device are
 * kept. A piece that failed to load first reloads the page once (chunk-recovery.ts); if it fails
 * again, "Start over" keeps the marks, which are not to blame.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (isChunkLoadError(error) && reloadOnce()) return;
    // Stays on the device: logged to this browser's console only.
    console.error('MyoMap hit an error', error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ error: null, failed: false });
  }

  private readonly startOver = () => {
    const marks = isChunkLoadError(this.state.error) ? selectionFromSearch(window.location.search) : undefined;
    const href = paths.home(marks?.ids, marks?.details);
    if (this.props.onStartOver) this.props.onStartOver(href);
    else window.location.assign(href);
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const notLoaded = isChunkLoadError(this.state.error);
    if (notLoaded && willReload()) return <p className="muted" role="status">Loading…</p>;
    return (
      <section className="panel not-found" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">Something went wrong on this page</h1>
        {notLoaded ? (
          <p>
            Part of MyoMap did not load. MyoMap may have been updated since you opened it, or the connection dropped.
            Your marks and your saved safety answers are kept: start over to go back to the body map with your marks.
          </p>
        ) : (
          <p>
            MyoMap could not show this page. Your saved safety answers are still on this device. Start over to go back
            to the body map.
          </p>
        )}
        <CallAdvice />
        <p>
          <button type="button" className="button button--primary" onClick={this.startOver}>
            Start over
          </button>
        </p>
      </section>
    );
  }
}

/** The boundary around the routes: a new location (a header link, Back or Forward) clears the error. */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  return <ErrorBoundary resetKey={key}>{children}</ErrorBoundary>;
}
