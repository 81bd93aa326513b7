import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { content, loadRedFlags, redFlagsSource } from '../content/browser-content';
import type { RedFlag, RegionId } from '../content/schema';
import { assess, heldRegions, holdingKeys, relevantScreens } from '../domain/safety';
import { useSafetyStore } from '../stores/safety-store';

const NO_FLAGS: readonly RedFlag[] = [];

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
  const screens = useMemo(() => relevantScreens(selection, flags, content.regions.length), [selection, flags]);
  const assessment = useMemo(() => assess(screens, answers), [screens, answers]);
  const held = useMemo(() => heldRegions(assessment, confirmedKeys), [assessment, confirmedKeys]);
  const holdKeys = useMemo(() => holdingKeys(assessment), [assessment]);
  const confirmed = holdKeys.length > 0 && holdKeys.every((k) => confirmedKeys.includes(k));
  return { ready: !wanted || loaded !== null, screens, assessment, answers, held, holdKeys, confirmed };
}
