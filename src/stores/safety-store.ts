import { create } from 'zustand';
import type { Answer } from '../domain/safety';
import { browserStorage, restore, save, type KeyValueStorage } from '../lib/stored';

export const SAFETY_KEY = 'myomap:safety';
const VERSION = 1;

interface SavedSafety {
  answers: Record<string, Answer>;
  /** "Yes" answers the person confirmed a clinician has checked. */
  confirmed: string[];
}

const EMPTY: SavedSafety = { answers: {}, confirmed: [] };

/** Keeps the valid part of saved safety answers; `complete` is false when anything was dropped. */
export function parseSavedSafety(data: unknown): { value: SavedSafety; complete: boolean } {
  if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== VERSION) {
    return { value: EMPTY, complete: false };
  }
  const { answers, confirmed } = data as { answers?: unknown; confirmed?: unknown };
  let complete = true;
  const validAnswers: Record<string, Answer> = {};
  if (typeof answers === 'object' && answers !== null && !Array.isArray(answers)) {
    for (const [key, value] of Object.entries(answers as Record<string, unknown>)) {
      if (value === 'yes' || value === 'no') validAnswers[key] = value;
      else complete = false;
    }
  } else if (answers !== undefined) complete = false;
  const validConfirmed = Array.isArray(confirmed) ? confirmed.filter((c): c is string => typeof c === 'string') : [];
  if (confirmed !== undefined && (!Array.isArray(confirmed) || validConfirmed.length !== confirmed.length)) complete = false;
  return { value: { answers: validAnswers, confirmed: validConfirmed }, complete };
}

interface SafetyState extends SavedSafety {
  /** Set when saved answers could not be fully read at start; names the backup key. */
  restoreBackupKey: string | null;
  answer: (key: string, value: Answer | undefined) => void;
  confirmChecked: (keys: readonly string[]) => void;
  clear: () => void;
  dismissRestoreNotice: () => void;
}

/** The safety-check answers, saved on this device only (localStorage), cleared with the selection. */
export function createSafetyStore(storage: KeyValueStorage | undefined = browserStorage()) {
  const restored = restore(storage, SAFETY_KEY, EMPTY, parseSavedSafety);
  const store = create<SafetyState>()((set) => ({
    ...restored.value,
    restoreBackupKey: restored.backupKey,
    answer: (key, value) => {
      set((s) => {
        const answers = Object.fromEntries(Object.entries(s.answers).filter(([k]) => k !== key));
        if (value) answers[key] = value;
        return { answers, confirmed: s.confirmed.filter((c) => c !== key) };
      });
    },
    confirmChecked: (keys) => {
      set((s) => ({ confirmed: [...new Set([...s.confirmed, ...keys])] }));
    },
    clear: () => {
      set({ answers: {}, confirmed: [] });
    },
    dismissRestoreNotice: () => {
      set({ restoreBackupKey: null });
    },
  }));
  store.subscribe((s, prev) => {
    if (s.answers !== prev.answers || s.confirmed !== prev.confirmed) {
      save(storage, SAFETY_KEY, { version: VERSION, answers: s.answers, confirmed: s.confirmed });
    }
  });
  return store;
}

export const useSafetyStore = createSafetyStore();
