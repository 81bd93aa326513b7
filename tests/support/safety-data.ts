import { loadContent } from '../../scripts/content/load-content-node';
import type { SafetyData } from '../../src/content/browser-content';
import { gateKey, questionKey } from '../../src/domain/safety';
import { useSafetyStore } from '../../src/stores/safety-store';
import { useVisitStore } from '../../src/stores/visit-store';

/** The safety data as the browser would fetch it, built from data/ (component tests run without a server). */
let cached: SafetyData | undefined;

export function safetyDataForTests(): SafetyData {
  if (cached) return cached;
  const c = loadContent();
  cached = { gates: c.gates, redFlags: c.redFlags, firstCheck: c.firstCheck, countries: c.countries };
  return cached;
}

/** Answers the everyone-first screen and every safety question "no" (tests of what follows the check). */
export function answerEverythingNo(): void {
  const data = safetyDataForTests();
  useVisitStore.getState().answerFirstCheck('none');
  useVisitStore.getState().answerAdult(true);
  const { answer } = useSafetyStore.getState();
  for (const g of data.gates) answer(gateKey(g.id), 'no');
  for (const f of data.redFlags) for (const q of f.questions) answer(questionKey(f.id, q.id), 'no');
}
