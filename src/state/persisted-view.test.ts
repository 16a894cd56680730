import { describe, expect, it } from 'vitest';
import {
  loadStoredView,
  readStoredView,
  saveStoredView,
  STORAGE_KEY,
  STORAGE_VERSION,
  storedViewProblems,
} from './persisted-view';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    has: (key: string) => data.has(key),
  };
}

describe('the stored view', () => {
  it('comes back as it was saved', () => {
    const storage = memoryStorage();
    const view = {
      crimes: ['corruption'],
      topics: ['instrument' as const],
      open: 'uncac',
      expanded: ['untoc'],
    };
    saveStoredView(storage, view);
    expect(loadStoredView(storage)).toEqual(view);
  });

  it('is dropped when it is corrupt', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"version": 1, "crimes": [' });
    expect(readStoredView(storage)).toEqual({ view: null, problem: storedViewProblems.damaged });
    expect(storage.has(STORAGE_KEY)).toBe(false);
  });

  it('is dropped when it is from another version', () => {
    const old = { version: STORAGE_VERSION - 1, crimes: ['corruption'], topics: [], open: null };
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify(old) });
    expect(readStoredView(storage)).toEqual({
      view: null,
      problem: storedViewProblems.oldVersion,
    });
    expect(storage.has(STORAGE_KEY)).toBe(false);
  });

  it('is dropped as damaged when it has the right version but the wrong shape', () => {
    const bad = { version: STORAGE_VERSION, crimes: 'corruption', topics: [], open: null };
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify(bad) });
    expect(readStoredView(storage).problem).toBe(storedViewProblems.damaged);
    expect(loadStoredView(memoryStorage())).toBeNull();
  });

  it('forgets ids the explorer no longer has', () => {
    const stored = {
      version: STORAGE_VERSION,
      crimes: ['piracy', 'corruption'],
      topics: ['weather'],
      open: null,
    };
    expect(loadStoredView(memoryStorage({ [STORAGE_KEY]: JSON.stringify(stored) }))).toEqual({
      crimes: ['corruption'],
      topics: [],
      open: null,
      expanded: [],
    });
  });

  it('is simply absent when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadStoredView(broken)).toBeNull();
  });
});
