import { afterEach, describe, expect, it, vi } from 'vitest';
import { ANSWER_FRESH_HOURS, createSafetyStore, parseSavedSafety, SAFETY_KEY, TOMBSTONE_DAYS } from './safety-store';
import { fakeStorage } from '../../tests/support/fake-storage';



const stored = (data: Map<string, string>) => JSON.parse(data.get(SAFETY_KEY) ?? 'null') as unknown;
const backups = (data: Map<string, string>) => [...data.keys()].filter((k) => k.startsWith(`${SAFETY_KEY}:backup:`));
const clock = (t: number) => ({ now: () => t });

/**
 * Two tabs on one device: one localStorage, and each tab hears the other's writes as 'storage' events.
 * As in a browser, events arrive later (at `deliver()`), so a tab may write before it has heard.
 */
function twoTabs() {
  const data = new Map<string, string>();
  const buses = [new EventTarget(), new EventTarget()] as const;
  const pending: (() => void)[] = [];
  const tab = (self: 0 | 1) => {
    const { storage, writes } = fakeStorage(data, {
      onWrite: (key, newValue) => {
        pending.push(() => buses[self === 0 ? 1 : 0].dispatchEvent(new StorageEvent('storage', { key, newValue })));
      },
    });
    return { store: createSafetyStore(storage, buses[self]), writes };
  };
  const deliver = () => {
    for (const send of pending.splice(0)) send();
  };
  return { data, a: tab(0), b: tab(1), deliver, reload: () => createSafetyStore(fakeStorage(data).storage, new EventTarget()) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the safety store', () => {
  it('saves each answer dated, and reads answers and dates back', () => {
    const { storage, data } = fakeStorage();
    const store = createSafetyStore(storage, new EventTarget(), clock(1000));
    store.getState().answer('dvt/leg-swollen-warm', 'yes');
    store.getState().answer('gate/injury', 'unsure');
    expect(stored(data)).toEqual({
      version: 2,
      answers: { 'dvt/leg-swollen-warm': { value: 'yes', at: 1000 }, 'gate/injury': { value: 'unsure', at: 1000 } },
      confirmed: {},
    });
    const reloaded = createSafetyStore(storage, new EventTarget(), clock(2000)).getState();
    expect(reloaded.answers).toEqual({ 'dvt/leg-swollen-warm': 'yes', 'gate/injury': 'unsure' });
    expect(reloaded.entries.answers['dvt/leg-swollen-warm']?.at).toBe(1000);
    expect(reloaded.entries.answers['gate/injury']?.at).toBe(1000);
    expect(reloaded).toMatchObject({ saveFailed: false, restoreBackupKey: null, restoreLost: false });
  });

  it('clears one answer, leaving a dated tombstone for other tabs', () => {
    const { storage, data } = fakeStorage();
    let t = 1000;
    const store = createSafetyStore(storage, new EventTarget(), { now: () => t });
    store.getState().answer('a/b', 'yes');
    t = 2000;
    store.getState().answer('a/b', undefined);
    expect(store.getState().answers).toEqual({});
    expect(stored(data)).toMatchObject({ answers: { 'a/b': { value: null, at: 2000 } } });
  });

  it('dates a change after the answer it replaces, even within one millisecond', () => {
    const store = createSafetyStore(fakeStorage().storage, new EventTarget(), clock(1000));
    store.getState().answer('a/b', 'yes');
    store.getState().answer('a/b', 'no');
    expect(store.getState().answers).toEqual({ 'a/b': 'no' });
    expect(store.getState().entries.answers['a/b']?.at).toBe(1001);
  });

  it('clears answers and confirmations together', () => {
    const { storage, data } = fakeStorage();
    const store = createSafetyStore(storage, new EventTarget());
    store.getState().answer('a/b', 'yes');
    store.getState().confirmChecked(['a/b']);
    expect(store.getState().confirmed).toEqual(['a/b']);
    store.getState().clear();
    expect(store.getState()).toMatchObject({ answers: {}, confirmed: [] });
    expect(createSafetyStore(storage, new EventTarget()).getState()).toMatchObject({ answers: {}, confirmed: [] });
    expect(stored(data)).toMatchObject({ answers: { 'a/b': { value: null } }, confirmed: { 'a/b': { value: null } } });
  });

  it('drops a confirmation when that answer changes', () => {
    const store = createSafetyStore(fakeStorage().storage, new EventTarget());
    store.getState().answer('a/b', 'yes');
    store.getState().confirmChecked(['a/b']);
    store.getState().answer('a/b', 'no');
    store.getState().answer('a/b', 'yes');
    expect(store.getState().confirmed).toEqual([]);
  });

  it('gives answers without a prototype, so "__proto__" is an answer like any other', () => {
    const { storage } = fakeStorage();
    createSafetyStore(storage, new EventTarget()).getState().answer('__proto__', 'yes');
    const { answers } = createSafetyStore(storage, new EventTarget()).getState();
    expect(Object.getPrototypeOf(answers)).toBeNull();
    expect(Object.hasOwn(answers, '__proto__')).toBe(true);
    expect(Object.entries(answers)).toEqual([['__proto__', 'yes']]);
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });

  it('reads a saved "__proto__" answer and confirmation as ordinary keys', () => {
    const raw = '{"version":2,"answers":{"__proto__":{"value":"yes","at":1}},"confirmed":{"__proto__":{"value":true,"at":2}}}';
    const state = createSafetyStore(fakeStorage(new Map([[SAFETY_KEY, raw]])).storage, new EventTarget(), clock(3)).getState();
    expect(Object.entries(state.answers)).toEqual([['__proto__', 'yes']]);
    expect(state).toMatchObject({ confirmed: ['__proto__'], restoreBackupKey: null });
  });

  it(`asks again an answer older than ${String(ANSWER_FRESH_HOURS)} hours: it no longer counts, but stays saved until answered again`, () => {
    const hour = 3_600_000;
    const { storage, data } = fakeStorage();
    let t = 10 * hour;
    const bus = new EventTarget();
    const store = createSafetyStore(storage, bus, { now: () => t });
    store.getState().answer('dvt/breathless', 'no');
    store.getState().answer('dvt/leg-swollen-warm', 'yes');
    store.getState().confirmChecked(['dvt/leg-swollen-warm']);
    t += (ANSWER_FRESH_HOURS - 1) * hour;
    const sameDay = createSafetyStore(storage, new EventTarget(), { now: () => t }).getState();
    expect(sameDay).toMatchObject({ answers: { 'dvt/breathless': 'no', 'dvt/leg-swollen-warm': 'yes' }, confirmed: ['dvt/leg-swollen-warm'] });

    t += 2 * hour;
    const nextDay = createSafetyStore(storage, new EventTarget(), { now: () => t }).getState();
    expect(nextDay.answers).toEqual({});
    expect(nextDay.confirmed).toEqual([]);
    expect(stored(data)).toMatchObject({ answers: { 'dvt/breathless': { value: 'no' } } });

    // A page left open: coming back to it (focus) asks again too.
    bus.dispatchEvent(new Event('focus'));
    expect(store.getState()).toMatchObject({ answers: {}, confirmed: [] });
    // Answering again counts from now.
    nextDay.answer('dvt/breathless', 'no');
    expect(createSafetyStore(storage, new EventTarget(), { now: () => t }).getState()).toMatchObject({ answers: { 'dvt/breathless': 'no' } });
  });

  it('forgets tombstones older than 30 days when it saves, and keeps newer ones', () => {
    const day = 86_400_000;
    const now = 100 * day;
    const raw = JSON.stringify({
      version: 2,
      answers: { old: { value: null, at: now - (TOMBSTONE_DAYS + 1) * day }, recent: { value: null, at: now - day }, kept: { value: 'no', at: 1 } },
    });
    const { storage, data } = fakeStorage(new Map([[SAFETY_KEY, raw]]));
    createSafetyStore(storage, new EventTarget(), clock(now)).getState().answer('new', 'yes');
    expect(Object.keys((stored(data) as { answers: object }).answers).sort()).toEqual(['kept', 'new', 'recent']);
  });

  describe('reading what was saved', () => {
    it.each([
      ['invalid JSON', '{"version":2,"answers":'],
      ['an unknown version', '{"version":99,"answers":{"a/b":"yes"}}'],
      ['wrong types', '{"version":2,"answers":["yes"],"confirmed":"a/b"}'],
    ])('starts cleanly from %s, keeping the raw value under a backup key', (_what, raw) => {
      const { storage, data } = fakeStorage(new Map([[SAFETY_KEY, raw]]));
      const store = createSafetyStore(storage, new EventTarget());
      expect(store.getState().answers).toEqual({});
      const backupKey = store.getState().restoreBackupKey;
      expect(backupKey).toMatch(/^myomap:safety:backup:/);
      expect(data.get(backupKey!)).toBe(raw);
      expect(store.getState()).toMatchObject({ restoreLost: false, saveFailed: false });
    });

    it('keeps the valid answers when only some are broken', () => {
      const raw = JSON.stringify({
        version: 2,
        answers: { 'a/b': { value: 'yes', at: 1 }, 'c/d': { value: 42, at: 1 }, 'e/f': { value: 'unsure', at: 1 }, 'g/h': { value: 'no' } },
        confirmed: { 'a/b': { value: true, at: 1 }, 'x/y': { value: 'true', at: 1 } },
      });
      const store = createSafetyStore(fakeStorage(new Map([[SAFETY_KEY, raw]])).storage, new EventTarget(), clock(2));
      expect(store.getState()).toMatchObject({ answers: { 'a/b': 'yes', 'e/f': 'unsure' }, confirmed: ['a/b'] });
      expect(store.getState().restoreBackupKey).not.toBeNull();
    });

    it('makes no second backup when it reloads the same unreadable value', () => {
      const { storage, data } = fakeStorage(new Map([[SAFETY_KEY, 'not json']]));
      const first = createSafetyStore(storage, new EventTarget(), clock(1000)).getState().restoreBackupKey;
      const second = createSafetyStore(storage, new EventTarget(), clock(2000)).getState().restoreBackupKey;
      expect(second).toBe(first);
      expect(backups(data)).toHaveLength(1);
    });

    it('keeps only the newest 3 backups', () => {
      const { storage, data } = fakeStorage();
      for (let i = 1; i <= 5; i++) {
        data.set(SAFETY_KEY, `broken ${i}`);
        createSafetyStore(storage, new EventTarget(), clock(i * 1000));
      }
      expect(backups(data).sort().map((k) => data.get(k))).toEqual(['broken 3', 'broken 4', 'broken 5']);
    });

    it('writes over a backed-up value at the next change, and gives no notice again', () => {
      const { storage, data } = fakeStorage(new Map([[SAFETY_KEY, 'not json']]));
      const store = createSafetyStore(storage, new EventTarget());
      store.getState().dismissRestoreNotice();
      store.getState().answer('a/b', 'no');
      expect(stored(data)).toMatchObject({ version: 2, answers: { 'a/b': { value: 'no' } } });
      expect(store.getState()).toMatchObject({ restoreBackupKey: null, saveFailed: false });
      expect(backups(data)).toHaveLength(1);
    });

    it('migrates version 1, which had no dates: its answers are kept, dated 0, so they are asked again; saved as version 2 at once', () => {
      const raw = '{"version":1,"answers":{"a/b":"yes","c/d":"no"},"confirmed":["a/b"]}';
      const { storage, data } = fakeStorage(new Map([[SAFETY_KEY, raw]]));
      const state = createSafetyStore(storage, new EventTarget(), clock(2 * 86_400_000)).getState();
      expect(state).toMatchObject({ answers: {}, confirmed: [] });
      expect(state.restoreBackupKey).toBeNull();
      expect(stored(data)).toEqual({
        version: 2,
        answers: { 'a/b': { value: 'yes', at: 0 }, 'c/d': { value: 'no', at: 0 } },
        confirmed: { 'a/b': { value: true, at: 0 } },
      });
    });

    it('backs up a version 1 value with broken entries and keeps the rest', () => {
      const raw = '{"version":1,"answers":{"a/b":"yes","c/d":"maybe"},"confirmed":["a/b",7]}';
      const { storage, data } = fakeStorage(new Map([[SAFETY_KEY, raw]]));
      const store = createSafetyStore(storage, new EventTarget());
      expect(store.getState().entries.answers['a/b']).toEqual({ value: 'yes', at: 0 });
      expect(store.getState().entries.confirmed['a/b']).toEqual({ value: true, at: 0 });
      expect(data.get(store.getState().restoreBackupKey!)).toBe(raw);
    });

    it('parses into objects without a prototype', () => {
      const { value, complete } = parseSavedSafety({ version: 2, answers: { 'a/b': { value: 'no', at: 1 } } });
      expect(complete).toBe(true);
      expect(Object.getPrototypeOf(value.answers)).toBeNull();
      expect(Object.getPrototypeOf(value.confirmed)).toBeNull();
    });
  });

  describe('when it cannot save', () => {
    it.each([
      ['full (setItem throws)', fakeStorage(new Map(), { refuse: () => true }).storage],
      ['blocked (getItem and setItem throw)', fakeStorage(new Map(), { blocked: true }).storage],
    ])('says so when storage is %s, and holds the answers in memory', (_what, storage) => {
      const store = createSafetyStore(storage, new EventTarget());
      expect(store.getState().saveFailed).toBe(false);
      store.getState().answer('dvt/leg-swollen-warm', 'yes');
      store.getState().confirmChecked(['dvt/leg-swollen-warm']);
      expect(store.getState()).toMatchObject({ saveFailed: true, answers: { 'dvt/leg-swollen-warm': 'yes' }, confirmed: ['dvt/leg-swollen-warm'] });
    });

    it('says so when the browser blocks localStorage altogether', () => {
      vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
        throw new DOMException('blocked', 'SecurityError');
      });
      const store = createSafetyStore(undefined, new EventTarget());
      store.getState().answer('a/b', 'yes');
      expect(store.getState()).toMatchObject({ saveFailed: true, answers: { 'a/b': 'yes' } });
    });

    it('writes nothing when storage can be written but not read', () => {
      const { storage, data } = fakeStorage();
      const store = createSafetyStore({ ...storage, length: 0, getItem: () => { throw new DOMException('blocked', 'SecurityError'); } }, new EventTarget());
      store.getState().answer('a/b', 'yes');
      expect(store.getState()).toMatchObject({ saveFailed: true, answers: { 'a/b': 'yes' } });
      expect(data.size).toBe(0);
    });

    it('says it saved again after a write succeeds, and the notice can be dismissed', () => {
      let full = true;
      const { storage } = fakeStorage(new Map(), { refuse: () => full });
      const store = createSafetyStore(storage, new EventTarget());
      store.getState().answer('a/b', 'yes');
      expect(store.getState().saveFailed).toBe(true);
      store.getState().dismissSaveNotice();
      expect(store.getState().saveFailed).toBe(false);
      store.getState().answer('c/d', 'no');
      expect(store.getState().saveFailed).toBe(true);
      full = false;
      store.getState().answer('e/f', 'no');
      expect(store.getState().saveFailed).toBe(false);
      expect(createSafetyStore(storage, new EventTarget()).getState().answers).toEqual({ 'a/b': 'yes', 'c/d': 'no', 'e/f': 'no' });
    });

    it('names no backup it could not write, and never writes over the unreadable value', () => {
      const raw = 'x'.repeat(100);
      const { storage, data } = fakeStorage(new Map([[SAFETY_KEY, raw]]), { refuse: (key) => key !== SAFETY_KEY });
      const store = createSafetyStore(storage, new EventTarget());
      expect(store.getState()).toMatchObject({ restoreBackupKey: null, restoreLost: true, saveFailed: true });
      store.getState().dismissRestoreNotice();
      store.getState().answer('a/b', 'yes');
      store.getState().clear();
      store.getState().answer('c/d', 'unsure');
      expect(data.get(SAFETY_KEY)).toBe(raw);
      expect(backups(data)).toEqual([]);
      expect(store.getState()).toMatchObject({ saveFailed: true, restoreLost: false, answers: { 'c/d': 'unsure' } });
    });

    it('saves again once the backup can be written after all, and names it', () => {
      let full = true;
      const { storage, data } = fakeStorage(new Map([[SAFETY_KEY, 'not json']]), { refuse: (key) => full && key !== SAFETY_KEY });
      const store = createSafetyStore(storage, new EventTarget());
      full = false;
      store.getState().answer('a/b', 'yes');
      const { restoreBackupKey } = store.getState();
      expect(data.get(restoreBackupKey!)).toBe('not json');
      expect(store.getState()).toMatchObject({ saveFailed: false, restoreLost: false });
      expect(stored(data)).toMatchObject({ answers: { 'a/b': { value: 'yes' } } });
    });
  });

  describe('with two tabs open', () => {
    it('keeps the answers of both tabs, even before either has heard of the other', () => {
      const { a, b, reload, deliver } = twoTabs();
      a.store.getState().answer('dvt/leg-swollen-warm', 'yes');
      b.store.getState().answer('gate/injury', 'no');
      expect(reload().getState().answers).toEqual({ 'dvt/leg-swollen-warm': 'yes', 'gate/injury': 'no' });
      deliver();
      expect(a.store.getState().answers).toEqual({ 'dvt/leg-swollen-warm': 'yes', 'gate/injury': 'no' });
      expect(b.store.getState().answers).toEqual({ 'dvt/leg-swollen-warm': 'yes', 'gate/injury': 'no' });
    });

    it('shows in one tab an answer given in the other, without writing it back', () => {
      const { a, b, deliver } = twoTabs();
      a.store.getState().answer('a/b', 'yes');
      a.store.getState().confirmChecked(['a/b']);
      deliver();
      expect(b.store.getState()).toMatchObject({ answers: { 'a/b': 'yes' }, confirmed: ['a/b'] });
      expect(b.writes).toEqual([]);
    });

    it('clears every answer in the other tab too', () => {
      const { a, b, deliver, reload } = twoTabs();
      a.store.getState().answer('a/b', 'yes');
      b.store.getState().answer('c/d', 'unsure');
      deliver();
      a.store.getState().clear();
      deliver();
      expect(b.store.getState()).toMatchObject({ answers: {}, confirmed: [] });
      b.store.getState().answer('e/f', 'no');
      expect(reload().getState().answers).toEqual({ 'e/f': 'no' });
    });

    it('takes the later of two answers to one question, so a correction holds', () => {
      const { a, b, deliver } = twoTabs();
      a.store.getState().answer('a/b', 'yes');
      deliver();
      b.store.getState().answer('a/b', 'no');
      deliver();
      expect(a.store.getState().answers).toEqual({ 'a/b': 'no' });
    });

    it.each([
      ['yes', 'no', 'yes'],
      ['unsure', 'no', 'unsure'],
      ['yes', 'unsure', 'yes'],
      [null, 'no', undefined],
      ['unsure', null, 'unsure'],
    ] as const)('takes the safer answer when %s and %s were given at the same moment', (mine, theirs, safer) => {
      const saved = (value: string | null) => JSON.stringify({ version: 2, answers: { q: { value, at: 1000 } } });
      const { storage } = fakeStorage(new Map([[SAFETY_KEY, saved(mine)]]));
      const bus = new EventTarget();
      const store = createSafetyStore(storage, bus, clock(2000));
      bus.dispatchEvent(new StorageEvent('storage', { key: SAFETY_KEY, newValue: saved(theirs) }));
      expect(store.getState().answers.q).toBe(safer);
      const reverse = createSafetyStore(fakeStorage(new Map([[SAFETY_KEY, saved(theirs)]])).storage, bus, clock(2000));
      bus.dispatchEvent(new StorageEvent('storage', { key: SAFETY_KEY, newValue: saved(mine) }));
      expect(reverse.getState().answers.q).toBe(safer);
    });

    it('ignores storage events for other keys and values it cannot read', () => {
      const bus = new EventTarget();
      const store = createSafetyStore(fakeStorage().storage, bus);
      const before = store.getState();
      bus.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: '{"version":2,"answers":{"a":{"value":"yes","at":1}}}' }));
      bus.dispatchEvent(new StorageEvent('storage', { key: SAFETY_KEY, newValue: 'not json' }));
      bus.dispatchEvent(new StorageEvent('storage', { key: SAFETY_KEY, newValue: null }));
      expect(store.getState()).toBe(before);
    });
  });
});
