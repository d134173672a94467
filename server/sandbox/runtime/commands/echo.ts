/** `echo [-n] [-e] args…` */

import type { Command } from '../types';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '\\': '\\', r: '\r', a: '\x07' };

export const echo: Command = async ({ argv, io }) => {
  const args = argv.slice(1);
  let newline = true;
  let escapes = false;
  while (/^-[neE]+$/.test(args[0] ?? '')) {
    const flags = args.shift()!;
    if (flags.includes('n')) newline = false;
    if (flags.includes('e')) escapes = true;
    if (flags.includes('E')) escapes = false;
  }
  let text = args.join(' ');
  if (escapes) text = text.replace(/\\([ntr\\a])/g, (_, c: string) => ESCAPES[c]!);
  await io.out(text + (newline ? '\n' : ''));
  return 0;
};
