/**
 * Reads of an image's /etc/passwd and /etc/group, the way the runtime resolves a user: the name
 * of a uid, its home and primary group, and the groups that list it as a member.
 */

export type PasswdEntry = { name: string; uid: number; gid: number; home: string; shell: string };

export function parsePasswd(text: string): PasswdEntry[] {
  return text
    .split('\n')
    .filter((line) => line.includes(':'))
    .map((line) => {
      const [name = '', , uid = '', gid = '', , home = '/', shell = ''] = line.split(':');
      return { name, uid: Number(uid), gid: Number(gid), home, shell };
    });
}

export type GroupEntry = { name: string; gid: number; members: string[] };

export function parseGroups(text: string): GroupEntry[] {
  return text
    .split('\n')
    .filter((line) => line.includes(':'))
    .map((line) => {
      const [name = '', , gid = '', members = ''] = line.split(':');
      return { name, gid: Number(gid), members: members ? members.split(',') : [] };
    });
}

/** Groups whose member list names the user (runc adds these as supplementary groups). */
export function memberGroups(groups: GroupEntry[], userName: string | undefined): number[] {
  if (!userName) return [];
  return groups.filter((g) => g.members.includes(userName)).map((g) => g.gid);
}
