/** Every check the site knows, by the `checkId` lessons use in their task data. */
import { cleanUpCheck } from './cfos-lab/clean-up';
import { deployNetRawCheck } from './cfos-lab/deploy-net-raw';
import { fixPermissionsCheck } from './cfos-lab/fix-permissions';
import { prepareCheck } from './cfos-lab/prepare';
import { qaPrivilegedCheck } from './cfos-lab/qa-privileged';
import type { CheckDefinition } from './types';

const all: CheckDefinition[] = [
  prepareCheck,
  deployNetRawCheck,
  fixPermissionsCheck,
  cleanUpCheck,
  qaPrivilegedCheck,
];

export const checks: ReadonlyMap<string, CheckDefinition> = new Map(all.map((c) => [c.id, c]));
