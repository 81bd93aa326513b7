import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useSelectionStore } from '../../src/stores/selection-store';
import { useSafetyStore } from '../../src/stores/safety-store';
import { useVisitStore } from '../../src/stores/visit-store';
import { useCountryStore } from '../../src/stores/country-store';
import { resetSafetyForTests } from '../../src/app/safety-source';
import { safetyDataForTests } from './safety-data';

// The machines are shared and busy: waiting for lazily loaded screens may take more than the default
// second. A test still fails when what it waits for never comes.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  // Components see the safety data as loaded (a test about loading failures resets it).
  await resetSafetyForTests(safetyDataForTests());
});

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
  for (const store of [useSelectionStore, useSafetyStore, useVisitStore, useCountryStore] as const) {
    (store as { setState: (s: unknown) => void; getInitialState: () => unknown }).setState(store.getInitialState());
  }
});
