import type { KeyValueStorage } from '../../src/lib/stored';

export interface FakeStorageOptions {
  /** Makes setItem throw as a full storage would, for the keys (and values) it returns true for. */
  refuse?: (key: string, value: string) => boolean;
  /** Makes every read and write throw, as storage blocked by the browser does. */
  blocked?: boolean;
  /** Called after each successful write (to raise "storage" events in another "tab"). */
  onWrite?: (key: string, value: string) => void;
}

/**
 * A localStorage or sessionStorage stand-in over `data` (a Map several "tabs" may share, or initial
 * contents); `writes` lists the keys written, in order.
 */
export function fakeStorage(data: Map<string, string> | Record<string, string> = new Map(), { refuse = () => false, blocked = false, onWrite }: FakeStorageOptions = {}) {
  const map = data instanceof Map ? data : new Map(Object.entries(data));
  const writes: string[] = [];
  const check = () => {
    if (blocked) throw new DOMException('blocked', 'SecurityError');
  };
  const storage: KeyValueStorage = {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => {
      check();
      return map.get(k) ?? null;
    },
    setItem: (k, v) => {
      check();
      if (refuse(k, v)) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
      writes.push(k);
      onWrite?.(k, v);
    },
    removeItem: (k) => {
      map.delete(k);
    },
  };
  return { storage, data: map, writes };
}
