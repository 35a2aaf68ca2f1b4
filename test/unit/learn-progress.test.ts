import { describe, expect, it } from 'vitest';
import {
  NO_PROGRESS,
  PROGRESS_KEY,
  continueFrom,
  markDone,
  markVisited,
  readProgress,
  writeProgress,
} from '../../src/learn/progress';

function memoryStore(initial?: string) {
  const items = new Map<string, string>(initial === undefined ? [] : [[PROGRESS_KEY, initial]]);
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

const ORDER = ['01-a', '02-b', '03-c', '04-d'];

describe('stored progress', () => {
  it('is kept and read back', () => {
    const store = memoryStore();
    writeProgress(store, { done: ['01-a', '03-c'], last: '03-c' });
    expect(readProgress(store)).toEqual({ done: ['01-a', '03-c'], last: '03-c' });
    expect(JSON.parse(store.items.get(PROGRESS_KEY)!)).toMatchObject({ version: 1 });
  });

  it.each([
    ['nothing stored', undefined],
    ['broken JSON', '{"version":1,"done":['],
    ['an older version', JSON.stringify({ version: 0, done: ['01-a'], last: null })],
    ['the wrong shape', JSON.stringify({ version: 1, done: 'all', last: 3 })],
    ['plain null', 'null'],
  ])('starts afresh from %s', (_, stored) => {
    expect(readProgress(memoryStore(stored))).toEqual(NO_PROGRESS);
  });

  it('drops entries that cannot be lesson ids and repeated ones', () => {
    const stored = JSON.stringify({ version: 1, done: ['01-a', 7, '<script>', '01-a'], last: '../etc' });
    expect(readProgress(memoryStore(stored))).toEqual({ done: ['01-a'], last: null });
  });

  it('never throws when the browser refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readProgress(refusing)).toEqual(NO_PROGRESS);
    expect(() => writeProgress(refusing, NO_PROGRESS)).not.toThrow();
    expect(readProgress(null)).toEqual(NO_PROGRESS);
  });
});

describe('progress through the path', () => {
  it('counts a lesson done once', () => {
    const once = markDone(NO_PROGRESS, '02-b');
    expect(markDone(once, '02-b')).toBe(once);
    expect(once.done).toEqual(['02-b']);
  });

  it('continues with the lesson left open, or the next one not done', () => {
    expect(continueFrom(ORDER, NO_PROGRESS)).toBe('01-a');
    expect(continueFrom(ORDER, markVisited(NO_PROGRESS, '03-c'))).toBe('03-c');
    const third = markDone(markVisited(NO_PROGRESS, '03-c'), '03-c');
    expect(continueFrom(ORDER, third)).toBe('04-d');
    const lastDone = markDone(markVisited(third, '04-d'), '04-d');
    expect(continueFrom(ORDER, lastDone)).toBe('01-a');
    const all = ORDER.reduce(markDone, lastDone);
    expect(continueFrom(ORDER, all)).toBeNull();
    expect(continueFrom(ORDER, markVisited(NO_PROGRESS, 'gone-lesson'))).toBe('01-a');
  });
});
