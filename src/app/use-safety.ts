import { useEffect, useSyncExternalStore } from 'react';
import { content, loadRedFlags, redFlagsSource } from '../content/browser-content';
import type { RedFlag, RegionId } from '../content/schema';
import { assess, heldRegions, holdingKeys, relevantScreens } from '../domain/safety';
import { useSafetyStore } from '../stores/safety-store';
import { memoLast } from '../lib/memo-last';

const NO_FLAGS: readonly RedFlag[] = [];

// The banner and the page ask for the same selection in one render: work it out once.
const screensFor = memoLast((selection: readonly RegionId[], flags: readonly RedFlag[]) => relevantScreens(selection, flags, content.regions.length));
const assessFor = memoLast(assess);
const heldFor = memoLast(heldRegions);
const holdingFor = memoLast(holdingKeys);

/**
 * The safety screens for a selection, what the saved answers mean, and which regions' self-care waits.
 * The screens load (once) as soon as something is selected; `ready` is false until they have.
 */
export function useSafety(selection: readonly RegionId[]) {
  const loaded = useSyncExternalStore(redFlagsSource.subscribe, redFlagsSource.get, redFlagsSource.get);
  const wanted = selection.length > 0;
  useEffect(() => {
    if (wanted) void loadRedFlags();
  }, [wanted]);
  const flags = loaded ?? NO_FLAGS;
  const answers = useSafetyStore((s) => s.answers);
  const confirmedKeys = useSafetyStore((s) => s.confirmed);
  const screens = screensFor(selection, flags);
  const assessment = assessFor(screens, answers);
  const held = heldFor(assessment, confirmedKeys);
  const holdKeys = holdingFor(assessment);
  const confirmed = holdKeys.length > 0 && holdKeys.every((k) => confirmedKeys.includes(k));
  return { ready: !wanted || loaded !== null, screens, assessment, answers, held, holdKeys, confirmed };
}
