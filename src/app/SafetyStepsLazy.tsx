import { useEffect, useState } from 'react';
import { SafetyUnavailable } from '../features/safety/SafetyUnavailable';
import type { SafetyStepsProps } from './SafetySteps';

type Module = typeof import('./SafetySteps');

let loaded: Module | null = null;
let loading: Promise<Module> | null = null;

/** Loads the safety screens' code with the triage (not in the first load); a failure can be retried. */
function loadSteps(): Promise<Module> {
  loading ??= import('./SafetySteps').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = null; // not a cached rejection: "Try again" imports again
      throw error;
    },
  );
  return loading;
}

/** Starts loading the safety screens' code ahead of need (see warm-up.ts); a failure is retried on use. */
export function preloadSafetySteps(): void {
  loadSteps().catch(() => undefined);
}

/**
 * The safety check's questions, loaded on demand with their own error handling: while the code or the
 * data is missing, self-care stays held and the page says why, with a "Try again" that really retries.
 */
export function SafetyStepsLazy(props: SafetyStepsProps) {
  const [steps, setSteps] = useState<Module | null>(loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (steps) return;
    let live = true;
    loadSteps().then(
      (m) => { if (live) setSteps(m); },
      () => { if (live) setFailed(true); },
    );
    return () => { live = false; };
  }, [steps, attempt]);
  if (steps) return <steps.SafetySteps {...props} />;
  const retry = () => {
    setFailed(false);
    setAttempt((n) => n + 1);
    props.view.retry();
  };
  return <SafetyUnavailable status={failed || props.view.status === 'failed' ? 'failed' : 'loading'} onRetry={retry} emergency={props.view.help.emergency} />;
}
