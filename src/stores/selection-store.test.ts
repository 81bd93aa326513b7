import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSelectionStore } from './selection-store';
import type { RegionId } from '../content/schema';

const ids = (...xs: string[]) => xs as RegionId[];
const state = () => useSelectionStore.getState();

afterEach(() => {
  useSelectionStore.setState(useSelectionStore.getInitialState());
});

describe('the selection store', () => {
  it('marks a place, then unmarks it on a second toggle, keeping the order places were marked in', () => {
    state().toggle('heel-right' as RegionId);
    state().toggle('knee-back-right' as RegionId);
    expect(state().regions).toEqual(ids('heel-right', 'knee-back-right'));
    state().toggle('heel-right' as RegionId);
    expect(state().regions).toEqual(ids('knee-back-right'));
  });

  it('reads a link: its places and the ids that are not places', () => {
    state().read({ ids: ids('heel-right'), unknown: ['nope'], unread: 0 });
    expect(state()).toMatchObject({ regions: ['heel-right'], unknown: ['nope'], unread: 0 });
  });

  it('drops the unknown ids at the next change, as the URL it writes will', () => {
    state().read({ ids: ids('heel-right'), unknown: ['nope'], unread: 0 });
    state().toggle('shin-left' as RegionId);
    expect(state()).toMatchObject({ regions: ['heel-right', 'shin-left'], unknown: [], unread: 0 });
  });

  it('does not notify anyone when a link carries the selection it already has', () => {
    state().read({ ids: ids('heel-right'), unknown: [], unread: 0 });
    const listener = vi.fn();
    const unsubscribe = useSelectionStore.subscribe(listener);
    state().read({ ids: ids('heel-right'), unknown: [], unread: 0 });
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
  });

  it('removes one place and clears all', () => {
    state().read({ ids: ids('heel-right', 'shin-left', 'sacrum'), unknown: [], unread: 0 });
    state().remove('shin-left' as RegionId);
    expect(state().regions).toEqual(ids('heel-right', 'sacrum'));
    state().clear();
    expect(state().regions).toEqual([]);
  });
});
