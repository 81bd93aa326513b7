import { whenIdle } from '../lib/when-idle';
import { loadRowExtras } from '../content/browser-content';
import { preloadSafety } from './safety-source';
import { preloadSafetySteps } from './SafetyStepsLazy';
import { preloadResults } from './home/Results';
import { preloadRowPicture } from './home/row-picture-element';
import { preloadResultsBar } from './home/ResultsBarLazy';

let started = false;

/**
 * Once the first screen is painted and the page is idle, loads what the first tap needs: the safety
 * check (its data, code and screens) and the rows' plain names. None of it is in the first load, so
 * the first paint doesn't wait for it, and the first tap doesn't wait for the network. A failure here
 * is not final: the safety check says so where it is needed, and its "Try again" loads it again.
 */
export function warmUp(): void {
  if (started) return;
  started = true;
  whenIdle(() => {
    preloadSafety();
    loadRowExtras();
    preloadSafetySteps();
    preloadResults();
    preloadRowPicture();
    preloadResultsBar();
  }, 3000);
}
