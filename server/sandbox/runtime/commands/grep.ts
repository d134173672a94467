/** `grep [-i] [-v] [-c] [-n] [-q] [-E] [-F] PATTERN [FILE…]`, enough for `… | grep Cap`. */

import type { Command } from '../types';
import { openPath } from './file-access';

async function readAll(read: () => Promise<string | null>): Promise<string> {
  let text = '';
  for (let chunk = await read(); chunk !== null; chunk = await read()) text += chunk;
  return text;
}

export const grep: Command = async ({ argv, proc, io, stdin }) => {
  const flags = new Set<string>();
  const operands: string[] = [];
  for (const arg of argv.slice(1)) {
    if (/^-[ivcnqEFw]+$/.test(arg))
      arg
        .slice(1)
        .split('')
        .forEach((f) => flags.add(f));
    else operands.push(arg);
  }
  const [pattern, ...names] = operands;
  if (pattern === undefined) {
    await io.err('Usage: grep [OPTION]... PATTERNS [FILE]...\n');
    return 2;
  }
  let source = flags.has('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : pattern;
  // Basic regular expressions spell alternation and grouping with backslashes.
  if (!flags.has('E') && !flags.has('F')) source = source.replace(/\\([|()])/g, '$1');
  if (flags.has('w')) source = `\\b(?:${source})\\b`;
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags.has('i') ? 'i' : '');
  } catch {
    await io.err(`grep: Invalid regular expression\n`);
    return 2;
  }
  let matched = 0;
  let status = 0;
  const inputs: { label: string; text: string }[] = [];
  if (names.length === 0)
    inputs.push({ label: '(standard input)', text: await readAll(() => stdin.read()) });
  for (const name of names) {
    const opened = openPath(proc, name);
    if (!opened.ok || opened.node.kind !== 'file') {
      await io.err(`grep: ${name}: ${opened.ok ? 'Is a directory' : opened.reason}\n`);
      status = 2;
      continue;
    }
    inputs.push({ label: name, text: opened.node.content() });
  }
  for (const { label, text } of inputs) {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    let count = 0;
    for (const [index, line] of lines.entries()) {
      if (regex.test(line) === flags.has('v')) continue;
      count++;
      if (flags.has('q') || flags.has('c')) continue;
      const prefix =
        (names.length > 1 ? `${label}:` : '') + (flags.has('n') ? `${index + 1}:` : '');
      await io.out(prefix + line + '\n');
    }
    if (flags.has('c')) await io.out((names.length > 1 ? `${label}:` : '') + count + '\n');
    matched += count;
  }
  if (status === 2 && matched === 0) return 2;
  return matched > 0 ? 0 : 1;
};
