import { describe, expect, it } from 'vitest';
import {
  isTerminalAvailable,
  watchTerminalAvailability,
  onTerminalOpenRequest,
  registerTerminalRunner,
  runInTerminal,
  toKeystrokes,
} from './run-command';

describe('runInTerminal', () => {
  it('asks the page to open a terminal and hands it the waiting commands', () => {
    let openRequests = 0;
    const stopListening = onTerminalOpenRequest(() => (openRequests += 1));
    runInTerminal('kubectl create namespace cfostest\n');
    runInTerminal('kubectl get ns');
    expect(openRequests).toBe(2);
    const ran: string[] = [];
    const unregister = registerTerminalRunner((command) => ran.push(command));
    expect(ran).toEqual(['kubectl create namespace cfostest', 'kubectl get ns']);
    runInTerminal('echo now');
    expect(ran.at(-1)).toBe('echo now');
    // Shown again too: the open terminal may be hidden.
    expect(openRequests).toBe(3);
    unregister();
    stopListening();
  });

  it('ignores empty commands and stops sending to a terminal that closed', () => {
    const ran: string[] = [];
    const unregister = registerTerminalRunner((command) => ran.push(command));
    runInTerminal('   \n');
    expect(ran).toEqual([]);
    unregister();
    runInTerminal('echo later');
    expect(ran).toEqual([]);
    const next: string[] = [];
    registerTerminalRunner((command) => next.push(command))();
    expect(next).toEqual(['echo later']);
  });
});

describe('isTerminalAvailable', () => {
  it('is true only while a page offers a terminal, and says when that changes', () => {
    let changes = 0;
    const stopWatching = watchTerminalAvailability(() => (changes += 1));
    expect(isTerminalAvailable()).toBe(false);
    const stopListening = onTerminalOpenRequest(() => {});
    expect(isTerminalAvailable()).toBe(true);
    const unregister = registerTerminalRunner(() => {});
    stopListening();
    expect(isTerminalAvailable()).toBe(true);
    unregister();
    expect(isTerminalAvailable()).toBe(false);
    expect(changes).toBe(4);
    stopWatching();
  });
});

describe('toKeystrokes', () => {
  it('presses Enter after each line, heredocs included', () => {
    expect(toKeystrokes('cat << EOF | tee x.yaml\nkind: Pod\nEOF')).toBe(
      'cat << EOF | tee x.yaml\rkind: Pod\rEOF\r',
    );
    expect(toKeystrokes('a\r\nb')).toBe('a\rb\r');
  });
});
