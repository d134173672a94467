import { describe, expect, it } from 'vitest';
import { createOutputFanout } from './output-fanout';

describe('output fan-out', () => {
  it('keeps output that came before the first listener and hands it over once', () => {
    const output = createOutputFanout();
    output.emit('welcome\r\n');
    output.emit('$ ');
    const first: string[] = [];
    output.onOutput((text) => first.push(text));
    output.emit('x');
    const second: string[] = [];
    output.onOutput((text) => second.push(text));
    output.emit('y');
    expect(first).toEqual(['welcome\r\n$ ', 'x', 'y']);
    expect(second).toEqual(['y']);
  });
});
