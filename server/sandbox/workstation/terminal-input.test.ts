import { describe, expect, it } from 'vitest';
import { TerminalInput } from './terminal-input';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function createStdin() {
  const queue: Uint8Array[] = [];
  let wake: (() => void) | null = null;
  async function* stdin() {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) yield chunk;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  }
  return {
    stdin: stdin(),
    type(text: string) {
      queue.push(encoder.encode(text));
      wake?.();
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('TerminalInput', () => {
  it('keeps keystrokes for the prompt while a command does not read them, and Ctrl-C interrupts', async () => {
    const client = createStdin();
    const input = new TerminalInput(client.stdin, new AbortController().signal);
    let interrupts = 0;
    input.beginForeground(() => (interrupts += 1));
    client.type('ls');
    await tick();
    expect(input.peek()).toBe('ls');
    client.type('\x03');
    await tick();
    expect(interrupts).toBe(1);
    expect(input.peek()).toBe('');
    input.endForeground();
  });

  it('gives a reading command the type-ahead first, then what follows, and takes back the rest', async () => {
    const client = createStdin();
    const input = new TerminalInput(client.stdin, new AbortController().signal);
    let interrupts = 0;
    const command = input.beginForeground(() => (interrupts += 1));
    client.type('whoami\r');
    await tick();
    const reader = command.stdin()[Symbol.asyncIterator]();
    expect(decoder.decode((await reader.next()).value)).toBe('whoami\r');
    client.type('\x03');
    expect(decoder.decode((await reader.next()).value)).toBe('\x03');
    expect(interrupts).toBe(0);
    client.type('exit\r');
    await tick();
    await reader.return(undefined);
    expect(input.peek()).toBe('exit\r');
    input.endForeground();
  });

  it('ends when the client goes away', async () => {
    const client = createStdin();
    const controller = new AbortController();
    const input = new TerminalInput(client.stdin, controller.signal);
    const waiting = input.waitForMore();
    controller.abort();
    await expect(waiting).resolves.toBe(false);
    expect(input.isEnded).toBe(true);
  });

  it('pulls from the client only while less than the read-ahead is waiting', async () => {
    const client = createStdin();
    const input = new TerminalInput(client.stdin, new AbortController().signal, {
      readAhead: 10,
    });
    for (const word of ['aaaaaa', 'bbbbbb', 'cccccc', 'dddddd']) client.type(word);
    await tick();
    expect(input.peek()).toBe('aaaaaabbbbbb');
    expect(input.buffered).toBe(12);
    expect(input.chunksRead).toBe(2);
    input.consume(8);
    await tick();
    expect(input.peek()).toBe('bbbbcccccc');
    expect(input.chunksRead).toBe(3);
  });

  it('drops the type-ahead on Ctrl-C at the prompt and reports the interrupt once', async () => {
    const client = createStdin();
    const input = new TerminalInput(client.stdin, new AbortController().signal);
    client.type('echo one\recho two\r');
    client.type('echo th\x03ree\r');
    await tick();
    expect(input.peek()).toBe('ree\r');
    expect(input.takeInterrupt()).toBe(true);
    expect(input.takeInterrupt()).toBe(false);
  });
});
