import { create } from 'zustand';
import type { Answer } from '../domain/safety';
import {
  browserStorage,
  mergeDated,
  nullRecord,
  restore,
  update,
  type Dated,
  type DatedMap,
  type KeyValueStorage,
  type Parsed,
  type Restored,
} from '../lib/stored';

export const SAFETY_KEY = 'myomap:safety';
const VERSION = 2;
/** Tombstones older than this are dropped when saving: every open tab has seen them long since. */
export const TOMBSTONE_DAYS = 30;
const DAY_MS = 86_400_000;
/**
 * An answer older than this is asked again (docs/safety.md): a leg that was not swollen yesterday may be
 * today, so an old "no" must not release self-care, nor an old "yes" raise an alarm before anything is
 * asked. The entry stays saved until it is answered again (other tabs merge by date as before).
 */
export const ANSWER_FRESH_HOURS = 24;
const FRESH_MS = ANSWER_FRESH_HOURS * 3_600_000;

/** The saved answers and confirmations, each dated, with tombstones (`value: null`) for cleared ones. */
export interface SafetyEntries {
  answers: DatedMap<Answer>;
  /** "I have been checked by a clinician", by answer key. */
  confirmed: DatedMap<true>;
}

// On a tie between tabs the safer value wins: yes > unsure > unanswered > no; not confirmed > confirmed.
const answerRank = (value: Answer | null) => (value === 'yes' ? 3 : value === 'unsure' ? 2 : value === null ? 1 : 0);
const confirmedRank = (value: true | null) => (value === null ? 1 : 0);

const isAnswer = (value: unknown): value is Answer => value === 'yes' || value === 'no' || value === 'unsure';
const isTrue = (value: unknown): value is true => value === true;
const isObject = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null && !Array.isArray(data);

const emptyEntries = (): SafetyEntries => ({ answers: nullRecord(), confirmed: nullRecord() });

/** Keeps the valid entries of a version 2 map; `complete` is false when any was dropped. */
function parseDatedMap<T>(data: unknown, isValue: (value: unknown) => value is T): { map: DatedMap<T>; complete: boolean } {
  const map = nullRecord<Dated<T>>();
  if (data === undefined) return { map, complete: true };
  if (!isObject(data)) return { map, complete: false };
  let complete = true;
  for (const [key, entry] of Object.entries(data)) {
    if (isObject(entry) && (entry.value === null || isValue(entry.value)) && typeof entry.at === 'number' && Number.isFinite(entry.at)) {
      map[key] = { value: entry.value, at: entry.at };
    } else complete = false;
  }
  return { map, complete };
}

/**
 * Version 1 (`{ answers: { key: 'yes' | 'no' }, confirmed: string[] }`) had no dates: its entries are
 * kept, dated 0, so they count as too old and are asked again (an answer of unknown age fails closed).
 */
function parseVersion1(data: Record<string, unknown>): Parsed<SafetyEntries> {
  const at = 0;
  const { answers: rawAnswers, confirmed: rawConfirmed } = data;
  const answers = nullRecord<Dated<Answer>>();
  const confirmed = nullRecord<Dated<true>>();
  let complete = rawAnswers === undefined || isObject(rawAnswers);
  if (isObject(rawAnswers)) {
    for (const [key, value] of Object.entries(rawAnswers)) {
      if (value === 'yes' || value === 'no') answers[key] = { value, at };
      else complete = false;
    }
  }
  if (Array.isArray(rawConfirmed)) {
    for (const key of rawConfirmed as unknown[]) {
      if (typeof key === 'string') confirmed[key] = { value: true, at };
      else complete = false;
    }
  } else if (rawConfirmed !== undefined) complete = false;
  return { value: { answers, confirmed }, complete, outdated: true };
}

/**
 * Reads saved safety answers: version 2, or version 1 with every entry dated 0 (too old to count).
 * Keeps the valid part; `complete` is false when anything was dropped. Maps have no prototype.
 */
export function parseSavedSafety(data: unknown): Parsed<SafetyEntries> {
  if (!isObject(data)) return { value: emptyEntries(), complete: false };
  if (data.version === 1) return parseVersion1(data);
  if (data.version !== VERSION) return { value: emptyEntries(), complete: false };
  const answers = parseDatedMap(data.answers, isAnswer);
  const confirmed = parseDatedMap(data.confirmed, isTrue);
  return { value: { answers: answers.map, confirmed: confirmed.map }, complete: answers.complete && confirmed.complete };
}

/** Per key, the later entry wins (see `mergeDated`); returns `a` itself when `b` adds nothing. */
function mergeEntries(a: SafetyEntries, b: SafetyEntries): SafetyEntries {
  const answers = mergeDated(a.answers, b.answers, answerRank);
  const confirmed = mergeDated(a.confirmed, b.confirmed, confirmedRank);
  return answers === a.answers && confirmed === a.confirmed ? a : { answers, confirmed };
}

function withEntry<T>(map: DatedMap<T>, key: string, entry: Dated<T>): DatedMap<T> {
  const copy = Object.assign(nullRecord<Dated<T>>(), map);
  copy[key] = entry;
  return copy;
}

function withoutOldTombstones<T>(map: DatedMap<T>, before: number): DatedMap<T> {
  const kept = nullRecord<Dated<T>>();
  for (const [key, entry] of Object.entries(map)) if (entry.value !== null || entry.at >= before) kept[key] = entry;
  return kept;
}

/**
 * What components read: the current answers and the confirmed keys (each entry's date is in `entries`).
 * Answers and confirmations older than ANSWER_FRESH_HOURS at `now` count as not given; their entries stay.
 */
function viewOf(entries: SafetyEntries, now: number) {
  const fresh = now - FRESH_MS;
  const answers = nullRecord<Answer>();
  for (const [key, { value, at }] of Object.entries(entries.answers)) if (value !== null && at >= fresh) answers[key] = value;
  const confirmed = Object.keys(entries.confirmed).filter((key) => (entries.confirmed[key]?.at ?? 0) >= fresh && entries.confirmed[key]?.value === true).sort();
  return { entries, answers: answers as Readonly<Record<string, Answer>>, confirmed };
}

interface SafetyState {
  /** Every dated entry, tombstones included (needed to merge with other tabs). */
  entries: SafetyEntries;
  /** The current answers by key (no prototype); a missing key means "not answered". */
  answers: Readonly<Record<string, Answer>>;
  /** Answer keys the person confirmed a clinician has checked. */
  confirmed: readonly string[];
  /** The last write failed, or the store runs in memory only: answers hold for this visit but are not saved. */
  saveFailed: boolean;
  /** Saved answers could not be fully read; their raw text was kept under this key (it exists). */
  restoreBackupKey: string | null;
  /** Saved answers could not be read, nor copied to a backup: they are left untouched on the device. */
  restoreLost: boolean;
  /** Answers a question; `undefined` clears the answer. Either way a confirmation of that key is dropped. */
  answer: (key: string, value: Answer | undefined) => void;
  confirmChecked: (keys: readonly string[]) => void;
  /** Clears every answer and confirmation, in every tab. */
  clear: () => void;
  dismissRestoreNotice: () => void;
  dismissSaveNotice: () => void;
}

/** Where the store hears of writes by other tabs (`window`'s 'storage' events). */
export type StorageEvents = Pick<EventTarget, 'addEventListener'>;

const browserEvents = (): StorageEvents | undefined => (typeof window !== 'undefined' ? window : undefined);

/**
 * The safety-check answers, saved on this device only (localStorage) and shared by its open tabs:
 * before every write the saved value is read again and merged, and other tabs' writes are merged in
 * as they happen. When saving fails, answers still hold in memory and `saveFailed` says so.
 */
export function createSafetyStore(
  storage: KeyValueStorage | undefined = browserStorage(),
  events: StorageEvents | undefined = browserEvents(),
  { now = Date.now }: { now?: () => number } = {},
) {
  const date = () => new Date(now());

  // Each notice is raised once per backup (or once for "lost"), not again at every write.
  const announced = new Set<string>();
  let lostAnnounced = false;
  const notices = (r: Restored<unknown>): Partial<SafetyState> => {
    if (r.backupKey !== null && !announced.has(r.backupKey)) {
      announced.add(r.backupKey);
      return { restoreBackupKey: r.backupKey, restoreLost: false };
    }
    if (r.lost && !lostAnnounced) {
      lostAnnounced = true;
      return { restoreLost: true };
    }
    return {};
  };

  /** Re-reads and merges the saved value, applies `change` (its times later than any it replaces), writes. */
  const commit = (change: (entries: SafetyEntries, stamp: (replaced: Dated<unknown> | undefined) => number) => SafetyEntries) => {
    const t = now();
    const stamp = (replaced: Dated<unknown> | undefined) => Math.max(t, (replaced?.at ?? 0) + 1);
    const result = update(
      storage,
      SAFETY_KEY,
      emptyEntries(),
      parseSavedSafety,
      (stored) => {
        const changed = change(mergeEntries(store.getState().entries, stored), stamp);
        const before = t - TOMBSTONE_DAYS * DAY_MS;
        return { answers: withoutOldTombstones(changed.answers, before), confirmed: withoutOldTombstones(changed.confirmed, before) };
      },
      { toJson: (e) => ({ version: VERSION, answers: e.answers, confirmed: e.confirmed }), now: date },
    );
    store.setState({ ...viewOf(result.value, t), saveFailed: !result.saved, ...notices(result) });
  };

  const tombstones = <T,>(map: DatedMap<T>, stamp: (replaced: Dated<unknown>) => number): DatedMap<T> => {
    const cleared = Object.assign(nullRecord<Dated<T>>(), map);
    for (const [key, entry] of Object.entries(map)) if (entry.value !== null) cleared[key] = { value: null, at: stamp(entry) };
    return cleared;
  };

  const restored = restore(storage, SAFETY_KEY, emptyEntries(), parseSavedSafety, date);
  const store = create<SafetyState>()((set) => ({
    ...viewOf(restored.value, now()),
    saveFailed: restored.lost,
    restoreBackupKey: null,
    restoreLost: false,
    ...notices(restored),
    answer: (key, value) => {
      commit((e, stamp) => {
        const answers = withEntry(e.answers, key, { value: value ?? null, at: stamp(e.answers[key]) });
        const confirmation = e.confirmed[key];
        const confirmed = confirmation?.value ? withEntry(e.confirmed, key, { value: null, at: stamp(confirmation) }) : e.confirmed;
        return { answers, confirmed };
      });
    },
    confirmChecked: (keys) => {
      commit((e, stamp) => ({
        answers: e.answers,
        confirmed: keys.reduce((map, key) => withEntry(map, key, { value: true, at: stamp(map[key]) }), e.confirmed),
      }));
    },
    clear: () => {
      commit((e, stamp) => ({ answers: tombstones(e.answers, stamp), confirmed: tombstones(e.confirmed, stamp) }));
    },
    dismissRestoreNotice: () => {
      set({ restoreBackupKey: null, restoreLost: false });
    },
    dismissSaveNotice: () => {
      set({ saveFailed: false });
    },
  }));

  // An upgraded version 1 is written back at once as version 2 (its entries dated 0).
  if (restored.outdated) commit((e) => e);

  // Another tab saved: merge its entries in. No write back (that tab has saved them), so no ping-pong.
  events?.addEventListener('storage', (event) => {
    const { key, newValue } = event as StorageEvent;
    if (key !== SAFETY_KEY || newValue === null) return;
    let theirs: SafetyEntries;
    try {
      theirs = parseSavedSafety(JSON.parse(newValue)).value;
    } catch {
      return; // unreadable: the next write re-reads it and backs it up
    }
    const entries = mergeEntries(store.getState().entries, theirs);
    if (entries !== store.getState().entries) store.setState(viewOf(entries, now()));
  });
  // A page left open past an answer's age asks it again when the person comes back to it.
  events?.addEventListener('focus', () => { store.setState(viewOf(store.getState().entries, now())); });

  return store;
}

export const useSafetyStore = createSafetyStore();
