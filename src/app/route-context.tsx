import { createContext, useCallback, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';

const PathnameContext = createContext('/');
const HashContext = createContext('');
const GoContext = createContext<((to: string) => void) | null>(null);

/**
 * The parts of the router's state that the page frame and the map screen use, each in its own context,
 * and one navigate function that never changes. The router's own hooks re-render a component on any
 * change of the address; writing the marks into it (SelectionUrl) changes only its query, so with these
 * the header, the banner and the map screen are not re-rendered for it (docs/performance.md).
 */
export function RouteContext({ children }: { children: ReactNode }) {
  const { pathname, hash } = useLocation();
  const navigate = useNavigate();
  const latest = useRef(navigate);
  useLayoutEffect(() => {
    latest.current = navigate;
  }, [navigate]);
  const go = useCallback((to: string) => { void latest.current(to); }, []);
  return (
    <GoContext value={go}>
      <PathnameContext value={pathname}>
        <HashContext value={hash}>{children}</HashContext>
      </PathnameContext>
    </GoContext>
  );
}

/** The current page's path (`/muscles/soleus`): re-renders only when it changes, not with the query. */
export function usePathname(): string {
  return useContext(PathnameContext);
}

/** The address's `#…` part, or ''. */
export function useHash(): string {
  return useContext(HashContext);
}

/** Navigates in the app (`go('/muscles/soleus?r=heel-right')`); the same function for the page's whole life. */
export function useGo(): (to: string) => void {
  const go = useContext(GoContext);
  if (!go) throw new Error('useGo() needs <RouteContext> around it (src/app/App.tsx)');
  return go;
}
