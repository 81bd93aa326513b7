import { selectionParam, selectionSearch, type Details } from '../domain/selection';
import type { CandidateSide } from '../domain/rank';
import type { RegionId } from '../content/schema';

/** Every link in the app comes from here. */
export const paths = {
  home: (selection: readonly RegionId[] = [], details?: Details) => `/${selectionSearch(selection, details)}`,
  muscles: () => '/muscles',
  muscle: (id: string, from?: { side?: CandidateSide; selection?: readonly RegionId[]; details?: Details }) => {
    const params: string[] = [];
    if (from?.side) params.push(`side=${from.side}`);
    if (from?.selection?.length) params.push(`r=${selectionParam(from.selection, from.details)}`);
    return `/muscles/${encodeURIComponent(id)}${params.length ? `?${params.join('&')}` : ''}`;
  },
};
