import { useEffect } from 'react';

const DEFAULT_DESCRIPTION = 'MyoMap: mark where your muscles hurt and see which trigger points may cause it, with safe self-care steps.';

/** Each page's own title and description ("Plantaris: back of knee pain · MyoMap"). */
export function usePageTitle(title: string, description = DEFAULT_DESCRIPTION): void {
  useEffect(() => {
    document.title = title;
    document.querySelector('meta[name="description"]')?.setAttribute('content', description);
  }, [title, description]);
}
