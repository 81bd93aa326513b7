import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { emergencyWords, useHelp } from './use-safety';

/** The emergency number in the person's country, when known (no hooks in a class component). */
function CallAdvice() {
  const help = useHelp();
  return <p>If you are in severe pain or think it is an emergency, call {emergencyWords(help)}.</p>;
}

interface Props {
  children: ReactNode;
  /** Where "Start over" goes (a full page load, so nothing broken is kept in memory). */
  onStartOver?: () => void;
  /** A new value clears the error: the route changed, so the new screen gets its chance. */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
}

/**
 * Any render error shows a recovery screen instead of a blank page. "Start over" reloads the body map
 * without the selection; answers saved on this device are kept.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Stays on the device: logged to this browser's console only.
    console.error('MyoMap hit an error', error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  private readonly startOver = () => {
    if (this.props.onStartOver) this.props.onStartOver();
    else window.location.assign('/');
  };

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <section className="panel not-found" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">Something went wrong on this page</h1>
        <p>
          MyoMap could not show this page. Your saved safety answers are still on this device. Start over to go back
          to the body map.
        </p>
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
