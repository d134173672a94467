import { describe, expect, it } from 'vitest';
import { createCookedInput } from './cooked-input';
import { yieldToEventLoop } from './pacer';
import { createStdinPump, createTextInput } from './stdin';

const encoder = new TextEncoder();

/** A client stream of `chunks` that counts how many the program has pulled. */
function countingStdin(chunks: string[]) {
  let pulled = 0;
  return {
    pulled: () => pulled,
    stdin: (async function* () {
      for (const chunk of chunks) {
        pulled += 1;
        yield encoder.encode(chunk);
      }
    })(),
  };
}

describe('stdin pump', () => {
  it('pulls from the client only while little is queued', async () => {
    const client = countingStdin(['aaaa', 'bbbb', 'cccc', 'dddd']);
    const pump = createStdinPump(client.stdin, false, new AbortController().signal, () => {}, 8);
    expect(await pump.read()).toBe('aaaa');
    await yieldToEventLoop();
    // 'bbbb' and 'cccc' fill the read-ahead; 'dddd' stays with the client.
    expect(client.pulled()).toBe(3);
    expect(await pump.read()).toBe('bbbb');
    expect(await pump.read()).toBe('cccc');
    expect(await pump.read()).toBe('dddd');
    expect(await pump.read()).toBeNull();
  });
});

describe('cooked input', () => {
  it('keeps the lines after the first of a pasted block for the next reads', async () => {
    const echoed: string[] = [];
    const input = createCookedInput(createTextInput('one\ntwo\nthr\x7fee\n'), async (text) => {
      echoed.push(text);
    });
    expect(await input.read()).toBe('one\n');
    expect(await input.read()).toBe('two\n');
    expect(await input.read()).toBe('thee\n');
    expect(await input.read()).toBeNull();
    expect(echoed.join('')).toBe('one\r\ntwo\r\nthr\b \bee\r\n');
  });
});
