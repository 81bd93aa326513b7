/** The parts of Storage we use (localStorage or sessionStorage in the browser; a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** localStorage, or undefined when there is no window or the browser blocks storage (reading it can throw). */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

/** sessionStorage (this tab, this visit), or undefined when blocked, as `browserStorage`. */
export function browserSessionStorage(): KeyValueStorage | undefined {
  try {
    return typeof window !== 'undefined' ? window.sessionStorage : undefined;
  } catch {
    return undefined;
  }
}

/** An empty object without a prototype, so a key such as "__proto__" is an ordinary key. */
export function nullRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** What a `parse` function makes of stored JSON. */
export interface Parsed<T> {
  value: T;
  /** False when anything was dropped: the raw text is then backed up before it is overwritten. */
  complete: boolean;
  /** True when the value was read from an older version: write it back to upgrade it. */
  outdated?: boolean;
}

export interface Restored<T> {
  value: T;
  /** Where the raw text of a value not fully read is kept; set only when that copy exists. */
  backupKey: string | null;
  /** The raw text was not fully read and no copy could be written: leave the key untouched. */
  lost: boolean;
  /** The storage is missing or could not be read: nothing is known of what it holds, so don't write. */
  blocked: boolean;
  /** The value was upgraded from an older version (see `Parsed.outdated`). */
  outdated: boolean;
}

/** Backups kept per key; older ones are deleted when a new one is written. */
export const BACKUPS_KEPT = 3;

const backupPrefix = (key: string) => `${key}:backup:`;

/** The backup keys of `key`, oldest first (their names end in an ISO time, which sorts by time). */
function backupsOf(storage: KeyValueStorage, key: string): string[] {
  const prefix = backupPrefix(key);
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(prefix)) keys.push(k);
  }
  return keys.sort();
}

/**
 * Makes sure a copy of `raw` exists under a backup key of `key` and returns that key, or null when it
 * could not be written. The same text is backed up once; only the newest BACKUPS_KEPT are kept.
 */
function backUp(storage: KeyValueStorage, key: string, raw: string, now: () => Date): string | null {
  try {
    const existing = backupsOf(storage, key);
    const same = existing.find((k) => storage.getItem(k) === raw);
    if (same !== undefined) return same;
    const base = backupPrefix(key) + now().toISOString();
    let backupKey = base;
    for (let n = 2; existing.includes(backupKey); n++) backupKey = `${base}.${n}`; // two in one millisecond
    storage.setItem(backupKey, raw);
    if (storage.getItem(backupKey) !== raw) return null;
    for (const old of [...existing, backupKey].sort().slice(0, -BACKUPS_KEPT)) storage.removeItem(old);
    return backupKey;
  } catch {
    return null; // storage full or throwing: the caller must not overwrite the raw text
  }
}

/**
 * Reads a saved JSON value through `parse`. Raw text that is not fully read (invalid JSON, an unknown
 * version, broken entries) is first copied to a backup key, once; if that copy can't be written,
 * `lost` says the key must be left untouched. Call it again before each write: see `update`.
 * `restore(storage, 'myomap:x', 0, parseX) // -> { value, backupKey: null, lost: false, blocked: false, outdated: false }`
 */
export function restore<T>(
  storage: KeyValueStorage | undefined,
  key: string,
  fallback: T,
  parse: (data: unknown) => Parsed<T>,
  now: () => Date = () => new Date(),
): Restored<T> {
  const result = { value: fallback, backupKey: null, lost: false, blocked: false, outdated: false };
  if (!storage) return { ...result, blocked: true };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { ...result, blocked: true };
  }
  if (raw === null) return result;
  let parsed: Parsed<T>;
  try {
    parsed = parse(JSON.parse(raw));
  } catch {
    parsed = { value: fallback, complete: false };
  }
  const read = { ...result, value: parsed.value, outdated: parsed.outdated === true };
  if (parsed.complete) return read;
  const backupKey = backUp(storage, key, raw, now);
  return { ...read, backupKey, lost: backupKey === null };
}

/** Saves a JSON value; false when the storage is missing, full, blocked or throws. */
export function save(storage: KeyValueStorage | undefined, key: string, value: unknown): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export interface Updated<T> extends Restored<T> {
  /** True when `value` was written. */
  saved: boolean;
}

/**
 * Re-reads `key` (backing up what is not fully read, as `restore`), computes the next value from what
 * is stored now and writes it, unless the storage could not be read or the raw text could not be
 * backed up: then nothing is written and `saved` is false. `value` is the next value either way.
 */
export function update<T>(
  storage: KeyValueStorage | undefined,
  key: string,
  fallback: T,
  parse: (data: unknown) => Parsed<T>,
  next: (stored: T) => T,
  { toJson = (value: T): unknown => value, now }: { toJson?: (value: T) => unknown; now?: () => Date } = {},
): Updated<T> {
  const stored = restore(storage, key, fallback, parse, now);
  const value = next(stored.value);
  const saved = !stored.blocked && !stored.lost && save(storage, key, toJson(value));
  return { ...stored, value, saved };
}

/** A value with the time (epoch ms) it was set; `value: null` is a tombstone: "cleared at `at`". */
export interface Dated<T> {
  value: T | null;
  at: number;
}

export type DatedMap<T> = Readonly<Record<string, Dated<T>>>;

/**
 * Merges two maps of dated values: per key the later `at` wins; at the same `at` the value that
 * `saferRank` ranks higher wins (rank every value differently, so merging in any order agrees).
 * Returns `a` itself when `b` changes nothing, else a new map without a prototype.
 * `mergeDated({ q: { value: 'no', at: 1 } }, { q: { value: 'yes', at: 1 } }, rank).q.value // -> 'yes' if rank('yes') > rank('no')`
 */
export function mergeDated<T>(a: DatedMap<T>, b: DatedMap<T>, saferRank: (value: T | null) => number): DatedMap<T> {
  let merged: Record<string, Dated<T>> | null = null;
  for (const [key, theirs] of Object.entries(b)) {
    const ours = Object.hasOwn(a, key) ? a[key] : undefined;
    const theirsWins =
      ours === undefined ||
      theirs.at > ours.at ||
      (theirs.at === ours.at && saferRank(theirs.value) > saferRank(ours.value));
    if (!theirsWins) continue;
    merged ??= Object.assign(nullRecord<Dated<T>>(), a);
    merged[key] = theirs;
  }
  return merged ?? a;
}
