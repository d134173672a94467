/** Every Pod Security check, one entry per check id. */

import { appArmorProfile, seccompProfileBaseline, seLinuxOptions, sysctls } from './confinement';
import {
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
} from './host-access';
import { capabilitiesBaseline, privileged, procMount, windowsHostProcess } from './privilege';
import {
  allowPrivilegeEscalation,
  capabilitiesRestricted,
  procMountRestricted,
  seccompProfileRestricted,
} from './restricted-containers';
import { restrictedVolumes, runAsNonRoot, runAsUser } from './restricted-pod';
import type { Rule } from './rule';

export type { Rule, RuleContext, Offender } from './rule';

export const RULES: readonly Rule[] = [
  appArmorProfile,
  capabilitiesBaseline,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  privileged,
  procMount,
  seLinuxOptions,
  seccompProfileBaseline,
  sysctls,
  windowsHostProcess,
  allowPrivilegeEscalation,
  capabilitiesRestricted,
  procMountRestricted,
  restrictedVolumes,
  runAsNonRoot,
  runAsUser,
  seccompProfileRestricted,
];
