/** `id [-u|-g|-G] [-n] [USER]` and `whoami`, resolved against the image's /etc/passwd. */

import { groupName, userName } from '../container-process';
import { memberGroups, parseGroups, parsePasswd } from '../etc-files';
import type { Command } from '../types';

function named(id: number, name: string | undefined): string {
  return name === undefined ? String(id) : `${id}(${name})`;
}

export const id: Command = async ({ argv, proc, io }) => {
  const flags = new Set(
    argv
      .slice(1)
      .filter((a) => a.startsWith('-'))
      .flatMap((a) => a.slice(1).split('')),
  );
  const userArg = argv.slice(1).find((a) => !a.startsWith('-'));
  let { uid, gid, groups } = proc;
  if (userArg !== undefined) {
    const entry = parsePasswd(proc.image.files['/etc/passwd'] ?? '').find(
      (e) => e.name === userArg || String(e.uid) === userArg,
    );
    if (!entry) {
      await io.err(
        proc.image.userland === 'busybox'
          ? `id: unknown user ${userArg}\n`
          : `id: '${userArg}': no such user\n`,
      );
      return 1;
    }
    ({ uid, gid } = entry);
    const members = memberGroups(parseGroups(proc.image.files['/etc/group'] ?? ''), entry.name);
    groups = [...new Set([gid, ...members])];
  }
  const names = flags.has('n');
  const show = (value: number, name: (n: number) => string | undefined) =>
    names ? (name(value) ?? String(value)) : String(value);
  if (flags.has('u')) await io.out(show(uid, (n) => userName(proc, n)) + '\n');
  else if (flags.has('g')) await io.out(show(gid, (n) => groupName(proc, n)) + '\n');
  else if (flags.has('G')) {
    await io.out(groups.map((g) => show(g, (n) => groupName(proc, n))).join(' ') + '\n');
  } else {
    const groupList = groups.map((g) => named(g, groupName(proc, g))).join(',');
    await io.out(
      `uid=${named(uid, userName(proc, uid))} gid=${named(gid, groupName(proc, gid))}` +
        (groups.length > 0 ? ` groups=${groupList}` : '') +
        '\n',
    );
  }
  return 0;
};

export const whoami: Command = async ({ proc, io }) => {
  const name = userName(proc, proc.uid);
  if (name !== undefined) {
    await io.out(name + '\n');
    return 0;
  }
  await io.err(
    proc.image.userland === 'busybox'
      ? `whoami: unknown uid ${proc.uid}\n`
      : `whoami: cannot find name for user ID ${proc.uid}\n`,
  );
  return 1;
};
