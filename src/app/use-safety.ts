import { useMemo } from 'react';
import { content } from '../content/browser-content';
import type { RegionId } from '../content/schema';
import { assess, heldRegions, holdingKeys, relevantScreens } from '../domain/safety';
import { useSafetyStore } from '../stores/safety-store';

/** The safety screens for a selection, what the saved answers mean, and which regions' self-care waits. */
export function useSafety(selection: readonly RegionId[]) {
  const answers = useSafetyStore((s) => s.answers);
  const confirmedKeys = useSafetyStore((s) => s.confirmed);
  const screens = useMemo(() => relevantScreens(selection, content.redFlags, content.regions.length), [selection]);
  const assessment = useMemo(() => assess(screens, answers), [screens, answers]);
  const held = useMemo(() => heldRegions(assessment, confirmedKeys), [assessment, confirmedKeys]);
  const holdKeys = useMemo(() => holdingKeys(assessment), [assessment]);
  const confirmed = holdKeys.length > 0 && holdKeys.every((k) => confirmedKeys.includes(k));
  return { screens, assessment, answers, held, holdKeys, confirmed };
}
