import { create } from 'zustand';
import { browserSessionStorage, restore, update, type Dated, type KeyValueStorage, type Parsed } from '../lib/stored';

export const VISIT_KEY = 'myomap:visit';
const VERSION = 1;
const ITEM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The everyone-first answers of this visit, each dated; null = not answered. */
interface SavedVisit {
  /** 'none', or the id of the checklist item that applies. */
  firstCheck: Dated<string> | null;
  /** 16 or older? */
  adult: Dated<boolean> | null;
}

const EMPTY: SavedVisit = { firstCheck: null, adult: null };

const isObject = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null && !Array.isArray(data);

function parseField<T>(data: unknown, isValue: (value: unknown) => value is T): { field: Dated<T> | null; complete: boolean } {
  if (data === undefined || data === null) return { field: null, complete: true };
  if (isObject(data) && isValue(data.value) && typeof data.at === 'number' && Number.isFinite(data.at)) {
    return { field: { value: data.value, at: data.at }, complete: true };
  }
  return { field: null, complete: false };
}

const isItemId = (value: unknown): value is string => typeof value === 'string' && ITEM_ID.test(value);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** Keeps the valid part of saved visit answers; `complete` is false when anything was dropped. */
export function parseSavedVisit(data: unknown): Parsed<SavedVisit> {
  if (!isObject(data) || data.version !== VERSION) return { value: EMPTY, complete: false };
  const firstCheck = parseField(data.firstCheck, isItemId);
  const adult = parseField(data.adult, isBoolean);
  return { value: { firstCheck: firstCheck.field, adult: adult.field }, complete: firstCheck.complete && adult.complete };
}

const viewOf = ({ firstCheck, adult }: SavedVisit) => ({
  firstCheck: firstCheck?.value ?? null,
  firstCheckAt: firstCheck?.at ?? null,
  adult: adult?.value ?? null,
  adultAt: adult?.at ?? null,
});

interface VisitState {
  /** 'none', the id of the checklist item that applies, or null (not answered). */
  firstCheck: string | null;
  firstCheckAt: number | null;
  /** 16 or older? null when not answered. */
  adult: boolean | null;
  adultAt: number | null;
  /** The last write failed, or the store runs in memory only: answers hold for this visit but are not saved. */
  saveFailed: boolean;
  /** 'none', an item id (kebab-case; anything else is ignored), or null to un-answer. */
  answerFirstCheck: (value: string | null) => void;
  answerAdult: (value: boolean | null) => void;
  clear: () => void;
  dismissSaveNotice: () => void;
}

/**
 * The everyone-first answers for this visit, saved for this tab only (sessionStorage) so a reload keeps
 * them. When saving fails, answers still hold in memory and `saveFailed` says so.
 */
export function createVisitStore(storage: KeyValueStorage | undefined = browserSessionStorage(), { now = Date.now }: { now?: () => number } = {}) {
  const date = () => new Date(now());
  const restored = restore(storage, VISIT_KEY, EMPTY, parseSavedVisit, date);
  let saved = restored.value;

  const store = create<VisitState>()((set) => {
    // Re-reading first backs up what is stored but unreadable, and refuses to write over it if that fails.
    const write = (next: SavedVisit) => {
      saved = next;
      const result = update(storage, VISIT_KEY, EMPTY, parseSavedVisit, () => next, {
        toJson: (v) => ({ version: VERSION, ...v }),
        now: date,
      });
      set({ ...viewOf(next), saveFailed: !result.saved });
    };
    return {
      ...viewOf(saved),
      saveFailed: restored.lost,
      answerFirstCheck: (value) => {
        if (value !== null && !isItemId(value)) return;
        write({ ...saved, firstCheck: value === null ? null : { value, at: now() } });
      },
      answerAdult: (value) => {
        write({ ...saved, adult: value === null ? null : { value, at: now() } });
      },
      clear: () => {
        write(EMPTY);
      },
      dismissSaveNotice: () => {
        set({ saveFailed: false });
      },
    };
  });
  return store;
}

export const useVisitStore = createVisitStore();
