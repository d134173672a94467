import { describe, expect, it } from 'vitest';
import { detectMac, readKeyIntent, type KeyLike } from './clipboard-keys';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  type: 'keydown',
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('readKeyIntent on Windows and Linux', () => {
  it('copies with Ctrl+Shift+C and pastes with Ctrl+Shift+V', () => {
    expect(readKeyIntent(key('C', { ctrlKey: true, shiftKey: true }), false, false)).toBe('copy');
    expect(readKeyIntent(key('V', { ctrlKey: true, shiftKey: true }), false, false)).toBe('paste');
  });

  it('copies with Ctrl+C only when text is selected; otherwise Ctrl+C interrupts', () => {
    expect(readKeyIntent(key('c', { ctrlKey: true }), true, false)).toBe('copy');
    expect(readKeyIntent(key('c', { ctrlKey: true }), false, false)).toBe('terminal');
  });

  it('pastes with Ctrl+V and Shift+Insert', () => {
    expect(readKeyIntent(key('v', { ctrlKey: true }), false, false)).toBe('paste');
    expect(readKeyIntent(key('Insert', { shiftKey: true }), false, false)).toBe('paste');
  });

  it('leaves other keys, key-ups and Alt chords to the shell', () => {
    expect(readKeyIntent(key('d', { ctrlKey: true }), true, false)).toBe('terminal');
    expect(readKeyIntent({ ...key('c', { ctrlKey: true }), type: 'keyup' }, true, false)).toBe(
      'terminal',
    );
    expect(readKeyIntent(key('c', { ctrlKey: true, altKey: true }), true, false)).toBe('terminal');
    expect(readKeyIntent(key('c', { metaKey: true }), true, false)).toBe('terminal');
  });
});

describe('readKeyIntent on macOS', () => {
  it('uses Cmd for copy and paste and keeps Ctrl+C for the shell', () => {
    expect(readKeyIntent(key('c', { metaKey: true }), true, true)).toBe('copy');
    expect(readKeyIntent(key('v', { metaKey: true }), false, true)).toBe('paste');
    expect(readKeyIntent(key('c', { ctrlKey: true }), true, true)).toBe('terminal');
    expect(readKeyIntent(key('v', { ctrlKey: true }), false, true)).toBe('terminal');
  });
});

describe('detectMac', () => {
  it('recognises Apple platforms only', () => {
    expect(detectMac({ platform: 'MacIntel' })).toBe(true);
    expect(detectMac({ userAgent: 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)' })).toBe(true);
    expect(detectMac({ platform: 'Linux x86_64' })).toBe(false);
    expect(detectMac({ platform: 'Win32' })).toBe(false);
    expect(detectMac(undefined)).toBe(false);
  });
});
