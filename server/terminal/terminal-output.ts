/**
 * The exec's stdout as the bridge sees it: a Writable that decodes UTF-8 across chunk borders,
 * hands text on, and carries the terminal size the way client-node's Exec reads it (`rows`,
 * `columns` and a `'resize'` event), so resizes reach the tty without hand-written channel bytes.
 *
 * Backpressure: `deliver` gets a `done` callback and calls it only when the text has somewhere to
 * go. Until then this stream buffers up to its high-water mark and then reports itself full, which
 * the exec adapter answers by pausing the exec socket.
 */
import { StringDecoder } from 'node:string_decoder';
import { Writable } from 'node:stream';

export type DeliverOutput = (text: string, done: () => void) => void;

export type TerminalSize = { columns: number; rows: number };

/** Bytes this stream holds before it asks the exec to pause. */
export const OUTPUT_HIGH_WATER_BYTES = 64 * 1024;

export class TerminalOutput extends Writable {
  /** Height in cells, read by client-node on start and after each `'resize'`. */
  rows: number;
  /** Width in cells. */
  columns: number;
  private readonly decoder = new StringDecoder('utf8');

  constructor(
    private readonly deliver: DeliverOutput,
    size: TerminalSize,
  ) {
    super({ highWaterMark: OUTPUT_HIGH_WATER_BYTES, decodeStrings: true });
    this.rows = size.rows;
    this.columns = size.columns;
  }

  /** Changes the size and tells the exec, only when it really changed. */
  setSize(size: TerminalSize): void {
    if (size.rows === this.rows && size.columns === this.columns) return;
    this.rows = size.rows;
    this.columns = size.columns;
    this.emit('resize');
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error) => void) {
    const text = this.decoder.write(chunk);
    if (text.length === 0) return callback();
    this.deliver(text, () => callback());
  }

  override _final(callback: (error?: Error) => void) {
    const rest = this.decoder.end();
    if (rest.length === 0) return callback();
    this.deliver(rest, () => callback());
  }
}
