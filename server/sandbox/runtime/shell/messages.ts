/**
 * Error wording of the three shells the images ship: busybox ash, Debian's dash and bash. They
 * differ in small ways learners notice (`sh: foo: not found` vs `sh: 1: foo: not found`).
 */

import type { ShellFlavour } from '../types';
import { ShellSyntaxError } from './parse';

export type ShellIdentity = { flavour: ShellFlavour; name: string; line: number };

export function formatNotFound(shell: ShellIdentity, command: string): string {
  switch (shell.flavour) {
    case 'ash':
      return `${shell.name}: ${command}: not found\n`;
    case 'dash':
      return `${shell.name}: ${shell.line}: ${command}: not found\n`;
    case 'bash':
      return `${shell.name}: ${command}: command not found\n`;
  }
}

export function formatSyntaxError(shell: ShellIdentity, error: ShellSyntaxError): string {
  const unterminated = error.token === 'unterminated';
  const endOfFile = error.token === 'end of file';
  switch (shell.flavour) {
    case 'ash':
      return unterminated
        ? `${shell.name}: syntax error: unterminated quoted string\n`
        : endOfFile
          ? `${shell.name}: syntax error: unexpected end of file\n`
          : `${shell.name}: syntax error: unexpected "${error.token}"\n`;
    case 'dash':
      return unterminated
        ? `${shell.name}: ${shell.line}: Syntax error: Unterminated quoted string\n`
        : `${shell.name}: ${shell.line}: Syntax error: ${endOfFile ? 'end of file' : `"${error.token}"`} unexpected\n`;
    case 'bash':
      return unterminated || endOfFile
        ? `${shell.name}: syntax error: unexpected end of file\n`
        : `${shell.name}: syntax error near unexpected token \`${error.token}'\n`;
  }
}

/** The sandbox keeps no files, so writing one fails the way a read-only root filesystem does. */
export function formatCannotCreate(shell: ShellIdentity, path: string): string {
  switch (shell.flavour) {
    case 'ash':
      return `${shell.name}: can't create ${path}: Read-only file system\n`;
    case 'dash':
      return `${shell.name}: ${shell.line}: cannot create ${path}: Read-only file system\n`;
    case 'bash':
      return `${shell.name}: ${path}: Read-only file system\n`;
  }
}

export function formatCannotOpen(shell: ShellIdentity, path: string, reason: string): string {
  switch (shell.flavour) {
    case 'ash':
      return `${shell.name}: can't open '${path}': ${reason}\n`;
    case 'dash':
      return `${shell.name}: ${shell.line}: cannot open ${path}: ${reason === 'No such file or directory' ? 'No such file' : reason}\n`;
    case 'bash':
      return `${shell.name}: ${path}: ${reason}\n`;
  }
}

/** Interactive prompt: ash shows the directory, dash only `#`/`$`, Debian's bash user@host. */
export function formatPrompt(
  shell: ShellIdentity,
  context: { uid: number; user?: string; hostname: string; cwd: string; home: string },
): string {
  const sign = context.uid === 0 ? '#' : '$';
  const where =
    context.cwd === context.home && context.home !== '/'
      ? '~'
      : context.cwd.startsWith(context.home + '/') && context.home !== '/'
        ? '~' + context.cwd.slice(context.home.length)
        : context.cwd;
  switch (shell.flavour) {
    case 'ash':
      return `${where} ${sign} `;
    case 'dash':
      return `${sign} `;
    case 'bash':
      return `${context.user ?? 'I have no name!'}@${context.hostname}:${where}${sign} `;
  }
}
