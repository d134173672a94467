/**
 * The lines of a command being typed over several prompts (`> ` continuation lines), and whether
 * they make a whole command yet. A pasted here-document can be thousands of lines; parsing all of
 * them again for every line would be quadratic, so a line that cannot end an open here-document
 * (it does not contain any open delimiter) is taken without parsing: in bash such a line is
 * always more of the document.
 */
import { checkCompleteness, type Completeness } from './input-completeness';

export class CommandBuffer {
  private lines: string[] = [];
  private characters = 0;
  /** Delimiters of the here-documents still open after the last full check. */
  private openDelimiters: string[] = [];

  get isEmpty(): boolean {
    return this.lines.length === 0;
  }

  /** Length of the command so far, as `text` would be. */
  get length(): number {
    return this.characters + Math.max(0, this.lines.length - 1);
  }

  get text(): string {
    return this.lines.join('\n');
  }

  add(line: string): void {
    this.lines.push(line);
    this.characters += line.length;
  }

  clear(): void {
    this.lines = [];
    this.characters = 0;
    this.openDelimiters = [];
  }

  /** Whether the lines so far are a whole command (call after each `add`). */
  check(): Completeness {
    const last = this.lines.at(-1) ?? '';
    // After a trailing backslash the two lines may be read as one: check those in full.
    const joined = this.lines.at(-2)?.endsWith('\\') ?? true;
    if (
      !joined &&
      this.openDelimiters.length > 0 &&
      !this.openDelimiters.some((delimiter) => last.includes(delimiter))
    ) {
      return { kind: 'incomplete', openHereDocuments: this.openDelimiters };
    }
    const checked = checkCompleteness(this.text);
    this.openDelimiters = (checked.kind === 'incomplete' && checked.openHereDocuments) || [];
    return checked;
  }
}
