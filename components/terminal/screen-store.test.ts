import { describe, expect, it } from 'vitest';
import { loadSavedTerminal, saveTerminal } from './screen-store';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

describe('screen store', () => {
  it('keeps the terminal across a reload', () => {
    const storage = memoryStorage();
    saveTerminal(storage, { sessionId: 'abc', offset: 42, screen: '$ ls\r\n' });
    expect(loadSavedTerminal(storage)).toEqual({
      sessionId: 'abc',
      offset: 42,
      screen: '$ ls\r\n',
    });
    saveTerminal(storage, null);
    expect(loadSavedTerminal(storage)).toBeNull();
  });

  it('drops a huge screen and asks for a full replay instead', () => {
    const storage = memoryStorage();
    saveTerminal(storage, { sessionId: 'abc', offset: 900_000, screen: 'x'.repeat(600_000) });
    expect(loadSavedTerminal(storage)).toEqual({ sessionId: 'abc', offset: 0, screen: '' });
  });

  it('ignores damaged or missing entries', () => {
    const storage = memoryStorage();
    storage.setItem('workshop.terminal', '{not json');
    expect(loadSavedTerminal(storage)).toBeNull();
    storage.setItem('workshop.terminal', '{"sessionId":1}');
    expect(loadSavedTerminal(storage)).toBeNull();
    expect(loadSavedTerminal(undefined)).toBeNull();
  });
});
