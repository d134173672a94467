/** Baseline checks on privilege: privileged mode, added capabilities, Windows hostProcess, procMount. */

import { containerList, joinQuote, sortedUnique } from '../format';
import { asArray, asObject, asString, securityContextOf } from '../pod-spec';
import { describeSetters, usesUserNamespace, valuesOf, type Offender, type Rule } from './rule';

/** Capabilities a baseline pod may add: Docker's historical defaults. */
export const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

export const privileged: Rule = {
  id: 'privileged',
  level: 'baseline',
  minVersion: 0,
  remediation:
    'Remove securityContext.privileged or set it to false; add only the capabilities the container needs.',
  collect: ({ containers }) =>
    containers
      .filter(({ container }) => securityContextOf(container).privileged === true)
      .map(({ name, path }) => ({ path: [...path, 'securityContext', 'privileged'], name })),
  describe: (offenders) => ({
    reason: 'privileged',
    detail: `${containerList(offenders.map((o) => o.name!))} must not set securityContext.privileged=true`,
  }),
};

export const capabilitiesBaseline: Rule = {
  id: 'capabilities_baseline',
  level: 'baseline',
  minVersion: 0,
  remediation:
    'Add only capabilities from the baseline list (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT); a workload that truly needs more (NET_ADMIN, NET_RAW) belongs in a namespace labelled for the privileged level.',
  collect: ({ containers }) =>
    containers.flatMap(({ container, name, path }): Offender[] => {
      const added = asArray(asObject(securityContextOf(container).capabilities).add).map(asString);
      const bad = added.filter((cap) => !BASELINE_CAPABILITIES.has(cap));
      return bad.length > 0
        ? [{ path: [...path, 'securityContext', 'capabilities', 'add'], name, values: bad }]
        : [];
    }),
  describe: (offenders) => ({
    reason: 'non-default capabilities',
    detail: `${containerList(offenders.map((o) => o.name!))} must not include ${joinQuote(sortedUnique(valuesOf(offenders)))} in securityContext.capabilities.add`,
  }),
};

function hostProcessSet(securityContext: Record<string, unknown>): boolean {
  return asObject(securityContext.windowsOptions).hostProcess === true;
}

export const windowsHostProcess: Rule = {
  id: 'windowsHostProcess',
  level: 'baseline',
  minVersion: 0,
  remediation: 'Remove securityContext.windowsOptions.hostProcess or set it to false.',
  collect: ({ template, containers }) => {
    const offenders: Offender[] = [];
    if (hostProcessSet(asObject(template.spec.securityContext))) {
      offenders.push({
        path: [...template.specPath, 'securityContext', 'windowsOptions', 'hostProcess'],
        pod: true,
      });
    }
    for (const { container, name, path } of containers) {
      if (hostProcessSet(securityContextOf(container))) {
        offenders.push({
          path: [...path, 'securityContext', 'windowsOptions', 'hostProcess'],
          name,
        });
      }
    }
    return offenders;
  },
  describe: (offenders) => ({
    reason: 'hostProcess',
    detail: `${describeSetters(offenders)} must not set securityContext.windowsOptions.hostProcess=true`,
  }),
};

/** Containers whose procMount is set to anything but Default. */
export function collectProcMount({ containers }: Parameters<Rule['collect']>[0]): Offender[] {
  return containers.flatMap(({ container, name, path }): Offender[] => {
    const value = securityContextOf(container).procMount;
    return value !== undefined && value !== null && value !== 'Default'
      ? [{ path: [...path, 'securityContext', 'procMount'], name, values: [asString(value)] }]
      : [];
  });
}

export function describeProcMount(offenders: Offender[]) {
  return {
    reason: 'procMount',
    detail: `${containerList(offenders.map((o) => o.name!))} must not set securityContext.procMount to ${joinQuote(sortedUnique(valuesOf(offenders)))}`,
  };
}

export const procMount: Rule = {
  id: 'procMount',
  level: 'baseline',
  minVersion: 0,
  remediation: 'Remove securityContext.procMount or set it to "Default".',
  // From 1.35 a pod in its own user namespace may unmask /proc: the host's /proc stays hidden.
  collect: (context) => (usesUserNamespace(context) ? [] : collectProcMount(context)),
  describe: describeProcMount,
};
