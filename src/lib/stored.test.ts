import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUPS_KEPT, browserSessionStorage, browserStorage, mergeDated, restore, save, update, type DatedMap, type KeyValueStorage, type Parsed } from './stored';
import { fakeStorage } from '../../tests/support/fake-storage';



const KEY = 'app:thing';
const backups = (data: Map<string, string>) => [...data.keys()].filter((k) => k.startsWith(`${KEY}:backup:`)).sort();
/** Accepts `{ n: number }`; anything else is dropped (incomplete). */
const parseN = (data: unknown): Parsed<number> =>
  typeof data === 'object' && data !== null && typeof (data as { n?: unknown }).n === 'number'
    ? { value: (data as { n: number }).n, complete: true }
    : { value: 0, complete: false };
const at = (ms: number) => () => new Date(ms);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('browser storage', () => {
  it('is there when the browser allows it', () => {
    expect(browserStorage()).toBe(window.localStorage);
    expect(browserSessionStorage()).toBe(window.sessionStorage);
  });

  it.each([
    ['localStorage', browserStorage],
    ['sessionStorage', browserSessionStorage],
  ] as const)('is undefined when reading window.%s throws', (name, get) => {
    vi.spyOn(window, name, 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(get()).toBeUndefined();
  });
});

describe('save', () => {
  it('writes JSON and says it did', () => {
    const { storage, data } = fakeStorage();
    expect(save(storage, KEY, { n: 1 })).toBe(true);
    expect(data.get(KEY)).toBe('{"n":1}');
  });

  it.each([
    ['full', fakeStorage({}, { refuse: () => true }).storage],
    ['blocked', fakeStorage({}, { blocked: true }).storage],
    ['missing', undefined],
  ])('says it could not when the storage is %s', (_what, storage) => {
    expect(save(storage, KEY, { n: 1 })).toBe(false);
  });
});

describe('restore', () => {
  it('gives the fallback when nothing is stored, without a backup', () => {
    const { storage, data } = fakeStorage();
    expect(restore(storage, KEY, 7, parseN)).toEqual({ value: 7, backupKey: null, lost: false, blocked: false, outdated: false });
    expect(data.size).toBe(0);
  });

  it('reads a complete value without a backup', () => {
    const { storage, data } = fakeStorage({ [KEY]: '{"n":3}' });
    expect(restore(storage, KEY, 0, parseN)).toMatchObject({ value: 3, backupKey: null, lost: false });
    expect(data.size).toBe(1);
  });

  it.each([
    ['invalid JSON', '{"n":'],
    ['the wrong shape', '{"m":3}'],
  ])('keeps %s under a backup key it names', (_what, raw) => {
    const { storage, data } = fakeStorage({ [KEY]: raw });
    const restored = restore(storage, KEY, 0, parseN, at(Date.UTC(2026, 0, 2)));
    expect(restored).toMatchObject({ value: 0, backupKey: `${KEY}:backup:2026-01-02T00:00:00.000Z`, lost: false });
    expect(data.get(restored.backupKey!)).toBe(raw);
    expect(data.get(KEY)).toBe(raw);
  });

  it('backs the same unreadable text up once, however often it is read', () => {
    const { storage, data } = fakeStorage({ [KEY]: 'oops' });
    const first = restore(storage, KEY, 0, parseN, at(1000));
    const second = restore(storage, KEY, 0, parseN, at(2000));
    expect(second.backupKey).toBe(first.backupKey);
    expect(backups(data)).toHaveLength(1);
  });

  it(`keeps only the newest ${BACKUPS_KEPT} backups of a key`, () => {
    const { storage, data } = fakeStorage({ 'other:backup:1970-01-01T00:00:00.000Z': 'not ours' });
    for (let i = 1; i <= 5; i++) {
      data.set(KEY, `broken ${i}`);
      restore(storage, KEY, 0, parseN, at(i * 1000));
    }
    expect(backups(data).map((k) => data.get(k))).toEqual(['broken 3', 'broken 4', 'broken 5']);
    expect(data.get('other:backup:1970-01-01T00:00:00.000Z')).toBe('not ours');
  });

  it('gives two backups made in the same millisecond different keys', () => {
    const { storage, data } = fakeStorage({ [KEY]: 'one' });
    restore(storage, KEY, 0, parseN, at(1000));
    data.set(KEY, 'two');
    restore(storage, KEY, 0, parseN, at(1000));
    expect(backups(data).map((k) => data.get(k))).toEqual(['one', 'two']);
  });

  it('says the value is lost, and names no backup, when the backup cannot be written', () => {
    const { storage, data } = fakeStorage({ [KEY]: 'far too big' }, { refuse: (k) => k !== KEY });
    expect(restore(storage, KEY, 0, parseN)).toMatchObject({ value: 0, backupKey: null, lost: true });
    expect(data.get(KEY)).toBe('far too big');
  });

  it('says the storage is blocked when reading throws, or when there is none', () => {
    expect(restore(fakeStorage({}, { blocked: true }).storage, KEY, 5, parseN)).toMatchObject({ value: 5, blocked: true, backupKey: null });
    expect(restore(undefined, KEY, 5, parseN)).toMatchObject({ value: 5, blocked: true });
  });

  it('passes on that a value was upgraded from an older version', () => {
    const { storage } = fakeStorage({ [KEY]: '{"old":1}' });
    expect(restore(storage, KEY, 0, () => ({ value: 1, complete: true, outdated: true })).outdated).toBe(true);
  });
});

describe('update', () => {
  it('computes the next value from what is stored now and writes it', () => {
    const { storage, data } = fakeStorage({ [KEY]: '{"n":2}' });
    const result = update(storage, KEY, 0, parseN, (n) => n + 1, { toJson: (n) => ({ n }) });
    expect(result).toMatchObject({ value: 3, saved: true });
    expect(data.get(KEY)).toBe('{"n":3}');
  });

  it('writes over unreadable text once it is backed up', () => {
    const { storage, data } = fakeStorage({ [KEY]: 'oops' });
    const result = update(storage, KEY, 0, parseN, () => 1, { toJson: (n) => ({ n }) });
    expect(result.saved).toBe(true);
    expect(data.get(result.backupKey!)).toBe('oops');
    expect(data.get(KEY)).toBe('{"n":1}');
  });

  it('never writes over unreadable text it could not back up', () => {
    const { storage, data } = fakeStorage({ [KEY]: 'oops' }, { refuse: (k) => k !== KEY });
    expect(update(storage, KEY, 0, parseN, () => 1)).toMatchObject({ value: 1, saved: false, lost: true });
    expect(data.get(KEY)).toBe('oops');
  });

  it('does not write when the storage cannot be read', () => {
    const setItem = vi.fn();
    const storage: KeyValueStorage = { ...fakeStorage().storage, getItem: () => { throw new Error('no'); }, setItem };
    expect(update(storage, KEY, 0, parseN, () => 1)).toMatchObject({ value: 1, saved: false, blocked: true });
    expect(setItem).not.toHaveBeenCalled();
  });
});

describe('mergeDated', () => {
  type V = 'yes' | 'no';
  const rank = (v: V | null) => (v === 'yes' ? 2 : v === null ? 1 : 0);
  const map = (entries: Record<string, { value: V | null; at: number }>): DatedMap<V> => entries;

  it.each([
    ['the later answer', { value: 'no', at: 1 }, { value: 'yes', at: 2 }, { value: 'yes', at: 2 }],
    ['the later answer, whichever side it is on', { value: 'yes', at: 2 }, { value: 'no', at: 1 }, { value: 'yes', at: 2 }],
    ['a later tombstone', { value: 'yes', at: 1 }, { value: null, at: 2 }, { value: null, at: 2 }],
    ['the safer answer at the same time', { value: 'no', at: 1 }, { value: 'yes', at: 1 }, { value: 'yes', at: 1 }],
    ['a tombstone over "no" at the same time', { value: 'no', at: 1 }, { value: null, at: 1 }, { value: null, at: 1 }],
  ] as const)('keeps %s', (_what, a, b, expected) => {
    expect(mergeDated(map({ q: a }), map({ q: b }), rank).q).toEqual(expected);
    expect(mergeDated(map({ q: b }), map({ q: a }), rank).q).toEqual(expected);
  });

  it('keeps keys found on either side', () => {
    expect(mergeDated(map({ a: { value: 'no', at: 1 } }), map({ b: { value: 'yes', at: 1 } }), rank)).toEqual({
      a: { value: 'no', at: 1 },
      b: { value: 'yes', at: 1 },
    });
  });

  it('returns the first map itself when the second changes nothing', () => {
    const a = map({ q: { value: 'yes', at: 2 } });
    expect(mergeDated(a, map({ q: { value: 'no', at: 1 } }), rank)).toBe(a);
  });

  it('treats "__proto__" as an ordinary key and touches no prototype', () => {
    const theirs = JSON.parse('{"__proto__":{"value":"yes","at":1}}') as DatedMap<V>;
    const merged = mergeDated(map({}), theirs, rank);
    expect(Object.getPrototypeOf(merged)).toBeNull();
    expect(Object.hasOwn(merged, '__proto__')).toBe(true);
    expect(merged.__proto__).toEqual({ value: 'yes', at: 1 });
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });
});
