import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { hasReloadFlag, withoutReloadFlag } from './chunk-recovery';

/**
 * Takes the reload flag (chunk-recovery.ts) out of the address once the screen has loaded, replacing
 * the history entry. It sits beside the routes inside their Suspense, so it runs only once the
 * route's code has arrived; after a failure the error screen shows instead and the flag stays.
 */
export function DropReloadFlag() {
  const { pathname, search, hash } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    if (hasReloadFlag(search)) void navigate({ pathname, search: withoutReloadFlag(search), hash }, { replace: true });
  }, [pathname, search, hash, navigate]);
  return null;
}
