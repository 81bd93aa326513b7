/** The parts of Storage we use (localStorage in the browser; a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined; // storage disabled by the browser
  }
}

export interface Restored<T> {
  value: T;
  /** Set when part or all of the saved value could not be read; the raw text was kept under backupKey. */
  backupKey: string | null;
}

/**
 * Reads a saved JSON value through `parse`, which returns the valid part and whether anything was
 * dropped. Anything unreadable is copied, raw, to a backup key first, so nothing is lost.
 */
export function restore<T>(
  storage: KeyValueStorage | undefined,
  key: string,
  fallback: T,
  parse: (data: unknown) => { value: T; complete: boolean },
  now: () => Date = () => new Date(),
): Restored<T> {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return { value: fallback, backupKey: null };
  }
  if (raw === null) return { value: fallback, backupKey: null };
  let result: { value: T; complete: boolean };
  try {
    result = parse(JSON.parse(raw));
  } catch {
    result = { value: fallback, complete: false };
  }
  if (result.complete) return { value: result.value, backupKey: null };
  const backupKey = `${key}:backup:${now().toISOString()}`;
  try {
    storage?.setItem(backupKey, raw);
  } catch {
    // Could not keep a copy (storage full): still start with what was readable.
  }
  return { value: result.value, backupKey };
}

/** Saves a JSON value, ignoring storage that is full or disabled. */
export function save(storage: KeyValueStorage | undefined, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Nothing to do: the app keeps working with what is in memory.
  }
}
