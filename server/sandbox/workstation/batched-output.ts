/**
 * The shell's own terminal output (prompt, echo, redraws) collected and sent as one write when
 * the shell is about to wait, run a command or pause. Echoing a paste character by character
 * would be one message to the client per character.
 */

/** Collected output is sent once it reaches this many characters, even without a flush. */
const MAX_BATCH = 16 * 1024;

export class BatchedOutput {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly send: (text: string) => Promise<void>) {}

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= MAX_BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.send(text);
  }
}
