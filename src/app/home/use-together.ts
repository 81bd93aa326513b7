import { useEffect, useState } from 'react';
import type { RegionId } from '../../content/schema';
import { regionById } from '../../content/browser-content';
import type { Candidate } from '../../domain/rank';
import type { Details } from '../../domain/selection';
import type { TogetherLine } from '../../features/results/ResultsList';
import { whenIdle } from '../../lib/when-idle';
import { paths } from '../paths';

/**
 * "Together: … explain all 5 places", worked out once the results are painted and the page is idle
 * (never on the tap itself: a search over pairs and threes of candidates), for 12 places or fewer.
 * Null while it is being worked out for a new selection, or when one muscle explains everything.
 */
export function useTogether(candidates: readonly Candidate[], selection: readonly RegionId[], details?: Details): TogetherLine | null {
  const [found, setFound] = useState<{ for: readonly Candidate[]; line: TogetherLine | null } | null>(null);
  useEffect(() => {
    let live = true;
    const cancel = whenIdle(() => {
      // Its code loads with the first use, off the first load; a failure leaves the line out.
      void import('../../domain/together').then(({ together }) => {
        if (!live) return;
        const t = together(candidates);
        const line: TogetherLine | null = t && {
          members: t.together.map((m) => ({ ...m, href: paths.muscle(m.id, { side: m.side, selection, details }) })),
          unexplained: t.unexplained.map((id) => regionById.get(id)?.label ?? id),
          places: selection.length,
        };
        setFound({ for: candidates, line });
      }, () => undefined);
    }, 1000);
    return () => {
      live = false;
      cancel();
    };
  }, [candidates, selection, details]);
  return found?.for === candidates ? found.line : null;
}
