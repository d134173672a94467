import { describe, expect, it, vi } from 'vitest';
import { CommandBuffer } from './command-buffer';
import * as completeness from './input-completeness';

vi.mock('./input-completeness', async (importOriginal) => {
  const original = await importOriginal<typeof import('./input-completeness')>();
  return { ...original, checkCompleteness: vi.fn(original.checkCompleteness) };
});

function feed(buffer: CommandBuffer, lines: string[]) {
  return lines.map((line) => {
    buffer.add(line);
    return buffer.check().kind;
  });
}

describe('CommandBuffer', () => {
  it('parses a long here-document again only on lines that could end it', () => {
    const check = vi.mocked(completeness.checkCompleteness);
    check.mockClear();
    const buffer = new CommandBuffer();
    const body = Array.from({ length: 2000 }, (_, i) => `line ${i} it's "half`);
    const kinds = feed(buffer, ['cat <<EOF | tee out.yaml', ...body, 'EOF']);
    expect(kinds.at(-1)).toBe('complete');
    expect(kinds.slice(0, -1).every((kind) => kind === 'incomplete')).toBe(true);
    expect(check.mock.calls.length).toBeLessThanOrEqual(3);
    expect(buffer.text.split('\n')).toHaveLength(2002);
    expect(buffer.length).toBe(buffer.text.length);
  });

  it('agrees with a full check on lines that mention a delimiter', () => {
    const cases: [string[], string][] = [
      [['cat <<EOF', 'an EOF inside', 'EOF'], 'complete'],
      [['cat <<EOF', 'x', ' EOF'], 'incomplete'],
      [['cat <<-END', 'x', '\t\tEND'], 'complete'],
      [['cat <<A <<B', 'x', 'A', 'y'], 'incomplete'],
      [['cat <<A <<B', 'x', 'A', 'y', 'B'], 'complete'],
      [['cat <<EOF', 'x \\', 'EOF'], 'incomplete'],
      [['cat <<EOF', 'x \\', 'EOF', 'EOF'], 'complete'],
      [
        ['cat <<EOF', 'x', 'E\\', 'OF'],
        completeness.checkCompleteness('cat <<EOF\nx\nE\\\nOF').kind,
      ],
    ];
    for (const [lines, kind] of cases) {
      const buffer = new CommandBuffer();
      expect(feed(buffer, lines).at(-1)).toBe(kind);
      expect(completeness.checkCompleteness(lines.join('\n')).kind).toBe(kind);
    }
  });

  it('starts afresh after clear', () => {
    const buffer = new CommandBuffer();
    feed(buffer, ['cat <<EOF', 'body']);
    buffer.clear();
    expect(buffer.isEmpty).toBe(true);
    expect(feed(buffer, ['echo hi'])).toEqual(['complete']);
  });
});
