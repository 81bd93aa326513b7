import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useSelectionStore } from '../stores/selection-store';

afterEach(() => {
  cleanup();
  useSelectionStore.setState(useSelectionStore.getInitialState());
});
