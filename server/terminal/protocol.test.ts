import { describe, expect, it } from 'vitest';
import { MAX_INPUT_CHARS, parseClientMessage } from './protocol';

describe('parseClientMessage', () => {
  it('accepts each browser message', () => {
    expect(parseClientMessage('{"type":"input","data":"ls\\r"}')).toEqual({
      ok: true,
      message: { type: 'input', data: 'ls\r' },
    });
    expect(parseClientMessage('{"type":"resize","columns":120,"rows":40}')).toEqual({
      ok: true,
      message: { type: 'resize', columns: 120, rows: 40 },
    });
    expect(parseClientMessage('{"type":"ping","id":7}')).toEqual({
      ok: true,
      message: { type: 'ping', id: 7 },
    });
    expect(parseClientMessage('{"type":"ack","offset":4096}')).toEqual({
      ok: true,
      message: { type: 'ack', offset: 4096 },
    });
  });

  it('rejects text that is not JSON', () => {
    expect(parseClientMessage('ls -l')).toEqual({
      ok: false,
      error: 'terminal message is not valid JSON',
    });
  });

  it('rejects messages without a type, or with an unknown one', () => {
    expect(parseClientMessage('[1,2]')).toEqual({
      ok: false,
      error: 'terminal message has no "type"',
    });
    expect(parseClientMessage('null')).toMatchObject({ ok: false });
    expect(parseClientMessage('{"type":"exec","command":"rm -rf /"}')).toEqual({
      ok: false,
      error: 'unknown terminal message type "exec"; expected one of input, resize, ping, ack',
    });
  });

  it('names the field that is wrong', () => {
    const result = parseClientMessage('{"type":"resize","columns":0,"rows":24}');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^invalid terminal message: resize\.columns: /);
    const fraction = parseClientMessage('{"type":"resize","columns":80.5,"rows":24}');
    expect(!fraction.ok && fraction.error).toMatch(/resize\.columns/);
    const huge = parseClientMessage('{"type":"resize","columns":80,"rows":100000}');
    expect(!huge.ok && huge.error).toMatch(/resize\.rows/);
    const notText = parseClientMessage('{"type":"input","data":42}');
    expect(!notText.ok && notText.error).toMatch(/input\.data/);
    const negative = parseClientMessage('{"type":"ack","offset":-1}');
    expect(!negative.ok && negative.error).toMatch(/ack\.offset/);
  });

  it('refuses oversized input and says to send it in parts', () => {
    const exact = parseClientMessage(
      JSON.stringify({ type: 'input', data: 'x'.repeat(MAX_INPUT_CHARS) }),
    );
    expect(exact.ok).toBe(true);
    const over = parseClientMessage(
      JSON.stringify({ type: 'input', data: 'x'.repeat(MAX_INPUT_CHARS + 1) }),
    );
    expect(over).toEqual({
      ok: false,
      error: `invalid terminal message: input.data: input is longer than ${MAX_INPUT_CHARS} characters; send it in parts`,
    });
  });
});
