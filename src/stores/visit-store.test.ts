import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVisitStore, VISIT_KEY } from './visit-store';
import { fakeStorage } from '../../tests/support/fake-storage';



const clock = (t: number) => ({ now: () => t });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the visit store', () => {
  it('starts unanswered', () => {
    expect(createVisitStore(fakeStorage().storage).getState()).toMatchObject({
      firstCheck: null,
      firstCheckAt: null,
      adult: null,
      adultAt: null,
      saveFailed: false,
    });
  });

  it('saves both answers, dated, and reads them back after a reload', () => {
    const { storage, data } = fakeStorage();
    const store = createVisitStore(storage, clock(1000));
    store.getState().answerFirstCheck('none');
    store.getState().answerAdult(true);
    expect(JSON.parse(data.get(VISIT_KEY)!)).toEqual({ version: 1, firstCheck: { value: 'none', at: 1000 }, adult: { value: true, at: 1000 } });
    expect(createVisitStore(storage).getState()).toMatchObject({ firstCheck: 'none', firstCheckAt: 1000, adult: true, adultAt: 1000 });
  });

  it('keeps the id of the item that applies, and ignores one that is not an id', () => {
    const store = createVisitStore(fakeStorage().storage);
    store.getState().answerFirstCheck('chest-pain');
    store.getState().answerFirstCheck('<script>');
    expect(store.getState().firstCheck).toBe('chest-pain');
  });

  it('clears both answers', () => {
    const { storage } = fakeStorage();
    const store = createVisitStore(storage);
    store.getState().answerFirstCheck('breathing');
    store.getState().answerAdult(false);
    store.getState().clear();
    expect(store.getState()).toMatchObject({ firstCheck: null, adult: null });
    expect(createVisitStore(storage).getState()).toMatchObject({ firstCheck: null, adult: null });
  });

  it.each([
    ['full (setItem throws)', fakeStorage({}, { refuse: () => true }).storage],
    ['blocked (getItem and setItem throw)', fakeStorage({}, { blocked: true }).storage],
  ])('says it could not save when storage is %s, and holds the answers in memory', (_what, storage) => {
    const store = createVisitStore(storage);
    store.getState().answerAdult(true);
    expect(store.getState()).toMatchObject({ adult: true, saveFailed: true });
    store.getState().dismissSaveNotice();
    expect(store.getState().saveFailed).toBe(false);
  });

  it('says it could not save when the browser blocks sessionStorage altogether', () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const store = createVisitStore();
    store.getState().answerFirstCheck('none');
    expect(store.getState()).toMatchObject({ firstCheck: 'none', saveFailed: true });
  });

  it.each([
    ['invalid JSON', '{"version":1,'],
    ['an unknown version', '{"version":7,"adult":{"value":true,"at":1}}'],
    ['an answer of the wrong type', '{"version":1,"adult":{"value":"yes","at":1}}'],
    ['an item id that is not an id', '{"version":1,"firstCheck":{"value":"../x","at":1}}'],
    ['an undated answer', '{"version":1,"adult":{"value":true}}'],
  ])('starts unanswered from %s, backing the raw value up before it is overwritten', (_what, raw) => {
    const { storage, data } = fakeStorage({ [VISIT_KEY]: raw });
    const store = createVisitStore(storage);
    expect(store.getState()).toMatchObject({ firstCheck: null, adult: null, saveFailed: false });
    store.getState().answerAdult(true);
    expect([...data.values()]).toContain(raw);
    expect(JSON.parse(data.get(VISIT_KEY)!)).toMatchObject({ adult: { value: true } });
  });

  it('keeps the valid answer when the other is broken', () => {
    const raw = '{"version":1,"firstCheck":{"value":"none","at":5},"adult":{"value":1,"at":5}}';
    expect(createVisitStore(fakeStorage({ [VISIT_KEY]: raw }).storage).getState()).toMatchObject({ firstCheck: 'none', adult: null });
  });

  it('runs in memory only, never writing over an unreadable value it could not back up', () => {
    const raw = 'x'.repeat(50);
    const { storage, data } = fakeStorage({ [VISIT_KEY]: raw }, { refuse: (key) => key !== VISIT_KEY });
    const store = createVisitStore(storage);
    expect(store.getState().saveFailed).toBe(true);
    store.getState().answerAdult(true);
    expect(store.getState()).toMatchObject({ adult: true, saveFailed: true });
    expect(data.get(VISIT_KEY)).toBe(raw);
  });
});
