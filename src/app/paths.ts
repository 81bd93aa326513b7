import { selectionSearch } from '../domain/selection';
import type { CandidateSide } from '../domain/rank';
import type { RegionId } from '../content/schema';

/** Every link in the app comes from here. */
export const paths = {
  home: (selection: readonly RegionId[] = []) => `/${selectionSearch(selection)}`,
  muscles: () => '/muscles',
  muscle: (id: string, from?: { side?: CandidateSide; selection?: readonly RegionId[] }) => {
    const params: string[] = [];
    if (from?.side) params.push(`side=${from.side}`);
    if (from?.selection?.length) params.push(`r=${from.selection.join(',')}`);
    return `/muscles/${encodeURIComponent(id)}${params.length ? `?${params.join('&')}` : ''}`;
  },
};
