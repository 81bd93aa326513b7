import { useCallback, type MouseEvent } from 'react';
import { useGo } from './route-context';

/**
 * One click handler for a container of plain `<a href>` links to MyoMap's own pages: a plain click
 * navigates in the app, as the router's `<Link>` does; a click with a modifier key, a middle click or a
 * link to another site is left to the browser. The result rows and the header re-render on every tap,
 * and a `<Link>` reads the router's state and resolves its path each time (docs/performance.md), so
 * these lists use plain links and this one handler instead. It never changes, so it re-renders nothing.
 */
export function useInAppLinks(): (event: MouseEvent<HTMLElement>) => void {
  const go = useGo();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element).closest('a[href]');
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin) return;
      event.preventDefault();
      go(`${url.pathname}${url.search}${url.hash}`);
    },
    [go],
  );
}
