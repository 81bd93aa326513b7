import { afterEach, describe, expect, it, vi } from 'vitest';
import { COUNTRY_KEY, createCountryStore } from './country-store';
import { fakeStorage } from '../../tests/support/fake-storage';



afterEach(() => {
  vi.restoreAllMocks();
});

describe('the country store', () => {
  it('has no choice at first, so the app guesses', () => {
    expect(createCountryStore(fakeStorage().storage).getState()).toMatchObject({ chosen: null, saveFailed: false });
  });

  it.each(['DE', 'CA-QC', 'ES-CN'])('saves the choice of %s and reads it back', (code) => {
    const { storage, data } = fakeStorage();
    createCountryStore(storage).getState().choose(code);
    expect(JSON.parse(data.get(COUNTRY_KEY)!)).toEqual({ version: 1, chosen: code });
    expect(createCountryStore(storage).getState().chosen).toBe(code);
  });

  it('goes back to the guess when the choice is taken away', () => {
    const { storage } = fakeStorage();
    const store = createCountryStore(storage);
    store.getState().choose('FR');
    store.getState().choose(null);
    expect(store.getState().chosen).toBeNull();
    expect(createCountryStore(storage).getState().chosen).toBeNull();
  });

  it.each(['de', 'DEU', 'CA-', 'CA-QUEB', ' DE', '__proto__'])('ignores a code shaped like %j', (code) => {
    const store = createCountryStore(fakeStorage().storage);
    store.getState().choose('DE');
    store.getState().choose(code);
    expect(store.getState().chosen).toBe('DE');
  });

  it.each([
    ['invalid JSON', '{"version":1,'],
    ['a code of the wrong shape', '{"version":1,"chosen":"germany"}'],
    ['an unknown version', '{"version":2,"chosen":"DE"}'],
    ['a bare string', '"DE"'],
    ['a number', '{"version":1,"chosen":49}'],
  ])('ignores %s saved before', (_what, raw) => {
    expect(createCountryStore(fakeStorage({ [COUNTRY_KEY]: raw }).storage).getState().chosen).toBeNull();
  });

  it.each([
    ['full', { refuse: () => true }],
    ['blocked', { blocked: true }],
  ])('says it could not save when storage is %s, and keeps the choice for this visit', (_what, options) => {
    const store = createCountryStore(fakeStorage({}, options).storage);
    store.getState().choose('NZ');
    expect(store.getState()).toMatchObject({ chosen: 'NZ', saveFailed: true });
  });

  it('says it saved again after a write succeeds', () => {
    let full = true;
    const store = createCountryStore(fakeStorage({}, { refuse: () => full }).storage);
    store.getState().choose('NZ');
    expect(store.getState().saveFailed).toBe(true);
    full = false;
    store.getState().choose('AU');
    expect(store.getState()).toMatchObject({ chosen: 'AU', saveFailed: false });
  });
});
