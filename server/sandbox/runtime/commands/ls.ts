/**
 * `ls [-l] [-a] [-1] [-d] [PATH…]`. At a tty names are laid out in columns that fit the
 * terminal, as coreutils and busybox do; otherwise one per line.
 */

import { canRead, listDirectory, resolvePath } from '../filesystem';
import { groupName, userName } from '../container-process';
import type { CommandContext, ContainerProcess, FileNode } from '../types';

function modeString(node: FileNode): string {
  const bits = 'rwxrwxrwx'
    .split('')
    .map((c, i) => ((node.mode >> (8 - i)) & 1 ? c : '-'))
    .join('');
  const sticky = node.mode & 0o1000 ? bits.slice(0, 8) + 't' : bits;
  return (node.kind === 'dir' ? 'd' : '-') + sticky;
}

function longLine(proc: ContainerProcess, name: string, node: FileNode): string {
  const size = node.kind === 'dir' ? 4096 : node.content().length;
  const owner = userName(proc, node.uid) ?? String(node.uid);
  const group = groupName(proc, node.gid) ?? String(node.gid);
  const links = node.kind === 'dir' ? 2 : 1;
  if (proc.image.userland === 'busybox') {
    return `${modeString(node)} ${String(links).padStart(4)} ${owner.padEnd(8)} ${group.padEnd(8)} ${String(size).padStart(9)} Jan  1 00:00 ${name}`;
  }
  return `${modeString(node)} ${links} ${owner} ${group} ${String(size).padStart(4)} Jan  1 00:00 ${name}`;
}

/** Column layout filled top to bottom, two spaces between columns. */
export function formatColumns(names: string[], width: number): string {
  if (names.length === 0) return '';
  for (let columns = names.length; columns >= 1; columns--) {
    const rows = Math.ceil(names.length / columns);
    const widths = Array.from({ length: columns }, (_, c) =>
      Math.max(0, ...names.slice(c * rows, c * rows + rows).map((n) => n.length)),
    );
    const total = widths.reduce((sum, w) => sum + w + 2, 0) - 2;
    if (total > width && columns > 1) continue;
    const lines: string[] = [];
    for (let r = 0; r < rows; r++) {
      const cells: string[] = [];
      for (let c = 0; c < columns; c++) {
        const name = names[c * rows + r];
        if (name !== undefined) cells.push(name.padEnd(widths[c]!));
      }
      lines.push(cells.join('  ').trimEnd());
    }
    return lines.join('\n') + '\n';
  }
  return names.join('\n') + '\n';
}

export const ls = async ({ argv, proc, io }: CommandContext): Promise<number> => {
  const flags = new Set(
    argv
      .slice(1)
      .filter((a) => a.startsWith('-'))
      .flatMap((a) => a.slice(1).split('')),
  );
  const paths = argv.slice(1).filter((a) => !a.startsWith('-'));
  const busybox = proc.image.userland === 'busybox';
  const long = flags.has('l');
  const all = flags.has('a');
  const width = proc.request.tty && !flags.has('1') ? proc.terminalColumns() : 0;
  let status = 0;
  const targets = paths.length > 0 ? paths : ['.'];

  for (const [index, name] of targets.entries()) {
    const path = resolvePath(proc.cwd, name);
    const node = proc.files.get(path);
    if (!node) {
      const reason = 'No such file or directory';
      await io.err(
        busybox ? `ls: ${name}: ${reason}\n` : `ls: cannot access '${name}': ${reason}\n`,
      );
      status = busybox ? 1 : 2;
      continue;
    }
    if (node.kind === 'file' || flags.has('d')) {
      await io.out(long ? longLine(proc, name, node) + '\n' : name + '\n');
      continue;
    }
    if (!canRead(proc, node)) {
      await io.err(
        busybox
          ? `ls: can't open '${name}': Permission denied\n`
          : `ls: cannot open directory '${name}': Permission denied\n`,
      );
      status = busybox ? 1 : 2;
      continue;
    }
    if (targets.length > 1) await io.out(`${index > 0 ? '\n' : ''}${name}:\n`);
    let names = listDirectory(proc.files, path).filter((n) => all || !n.startsWith('.'));
    if (all) names = ['.', '..', ...names];
    if (long) {
      const lines = names.map((n) => {
        const child =
          n === '.' || n === '..' ? node : proc.files.get(path === '/' ? `/${n}` : `${path}/${n}`)!;
        return longLine(proc, n, child);
      });
      await io.out(`total ${names.length * 4}\n` + lines.map((l) => l + '\n').join(''));
    } else {
      await io.out(width > 0 ? formatColumns(names, width) : names.map((n) => n + '\n').join(''));
    }
  }
  return status;
};
