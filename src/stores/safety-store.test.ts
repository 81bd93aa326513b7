import { describe, expect, it } from 'vitest';
import { createSafetyStore, parseSavedSafety, SAFETY_KEY } from './safety-store';
import type { KeyValueStorage } from '../lib/stored';

function fakeStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => (k in data ? (data[k] ?? null) : null),
    setItem: (k, v) => {
      data[k] = v;
    },
  };
}

describe('the safety store', () => {
  it('saves answers on the device and reads them back', () => {
    const storage = fakeStorage();
    const store = createSafetyStore(storage);
    store.getState().answer('dvt/leg-swollen-warm', 'yes');
    expect(JSON.parse(storage.data[SAFETY_KEY] ?? '{}')).toEqual({ version: 1, answers: { 'dvt/leg-swollen-warm': 'yes' }, confirmed: [] });
    expect(createSafetyStore(storage).getState().answers).toEqual({ 'dvt/leg-swollen-warm': 'yes' });
  });

  it('clears answers and confirmations together', () => {
    const store = createSafetyStore(fakeStorage());
    store.getState().answer('a/b', 'yes');
    store.getState().confirmChecked(['a/b']);
    store.getState().clear();
    expect(store.getState()).toMatchObject({ answers: {}, confirmed: [] });
  });

  it('drops a confirmation when that answer changes', () => {
    const store = createSafetyStore(fakeStorage());
    store.getState().answer('a/b', 'yes');
    store.getState().confirmChecked(['a/b']);
    store.getState().answer('a/b', 'no');
    store.getState().answer('a/b', 'yes');
    expect(store.getState().confirmed).toEqual([]);
  });

  it.each([
    ['invalid JSON', '{"version":1,"answers":'],
    ['an unknown version', '{"version":99,"answers":{"a/b":"yes"}}'],
    ['wrong types', '{"version":1,"answers":["yes"],"confirmed":"a/b"}'],
  ])('starts cleanly from %s, keeping the raw value under a backup key', (_what, raw) => {
    const storage = fakeStorage({ [SAFETY_KEY]: raw });
    const store = createSafetyStore(storage);
    expect(store.getState().answers).toEqual({});
    const backupKey = store.getState().restoreBackupKey;
    expect(backupKey).toMatch(/^myomap:safety:backup:/);
    expect(storage.data[backupKey ?? '']).toBe(raw);
  });

  it('keeps the valid answers when only some are broken', () => {
    const raw = '{"version":1,"answers":{"a/b":"yes","c/d":42,"e/f":"no"},"confirmed":["a/b",7]}';
    const store = createSafetyStore(fakeStorage({ [SAFETY_KEY]: raw }));
    expect(store.getState()).toMatchObject({ answers: { 'a/b': 'yes', 'e/f': 'no' }, confirmed: ['a/b'] });
    expect(store.getState().restoreBackupKey).not.toBeNull();
  });

  it('accepts a complete saved value without a notice', () => {
    expect(parseSavedSafety({ version: 1, answers: { 'a/b': 'no' }, confirmed: [] })).toEqual({
      value: { answers: { 'a/b': 'no' }, confirmed: [] },
      complete: true,
    });
  });
});
