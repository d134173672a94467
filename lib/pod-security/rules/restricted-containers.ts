/** Restricted checks on each container: privilege escalation, seccomp, capabilities, procMount. */

import { containerList, joinQuote, pluralize, sortedUnique, unique } from '../format';
import { asArray, asObject, asString, securityContextOf } from '../pod-spec';
import { isAllowedSeccomp } from './confinement';
import { collectProcMount, describeProcMount } from './privilege';
import { describeSetters, isWindowsPod, valuesOf, type Offender, type Rule } from './rule';

export const allowPrivilegeEscalation: Rule = {
  id: 'allowPrivilegeEscalation',
  level: 'restricted',
  minVersion: 8,
  remediation: 'Set securityContext.allowPrivilegeEscalation: false on every container.',
  collect: (context) =>
    isWindowsPod(context)
      ? []
      : context.containers
          .filter(
            ({ container }) => securityContextOf(container).allowPrivilegeEscalation !== false,
          )
          .map(({ name, path }) => ({
            path: [...path, 'securityContext', 'allowPrivilegeEscalation'],
            name,
          })),
  describe: (offenders) => ({
    reason: 'allowPrivilegeEscalation != false',
    detail: `${containerList(offenders.map((o) => o.name!))} must set securityContext.allowPrivilegeEscalation=false`,
  }),
};

export const seccompProfileRestricted: Rule = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  minVersion: 19,
  overrides: ['seccompProfile_baseline'],
  remediation:
    'Set spec.securityContext.seccompProfile.type: RuntimeDefault on the pod (or Localhost with a profile), or on every container.',
  collect: (context) => {
    if (isWindowsPod(context)) return [];
    const { template, containers } = context;
    const offenders: Offender[] = [];
    const podProfile = asObject(template.spec.securityContext).seccompProfile;
    let podSet = false;
    if (podProfile !== undefined && podProfile !== null) {
      const type = asString(asObject(podProfile).type);
      if (isAllowedSeccomp(type)) podSet = true;
      else {
        offenders.push({
          path: [...template.specPath, 'securityContext', 'seccompProfile', 'type'],
          pod: true,
          variant: 'explicit',
          values: [type],
        });
      }
    }
    for (const { container, name, path } of containers) {
      const profile = securityContextOf(container).seccompProfile;
      const fieldPath = [...path, 'securityContext', 'seccompProfile', 'type'];
      if (profile !== undefined && profile !== null) {
        const type = asString(asObject(profile).type);
        if (!isAllowedSeccomp(type))
          offenders.push({ path: fieldPath, name, variant: 'explicit', values: [type] });
      } else if (!podSet) {
        offenders.push({ path: fieldPath, name, variant: 'implicit' });
      }
    }
    return offenders;
  },
  describe: (offenders) => {
    const explicit = offenders.filter((o) => o.variant === 'explicit');
    if (explicit.length > 0) {
      return {
        reason: 'seccompProfile',
        detail: `${describeSetters(explicit)} must not set securityContext.seccompProfile.type to ${joinQuote(sortedUnique(valuesOf(explicit)))}`,
      };
    }
    const names = unique(offenders.map((o) => o.name!));
    return {
      reason: 'seccompProfile',
      detail: `pod or ${pluralize('container', 'containers', names.length)} ${joinQuote(names)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
    };
  },
};

export const capabilitiesRestricted: Rule = {
  id: 'capabilities_restricted',
  level: 'restricted',
  minVersion: 22,
  overrides: ['capabilities_baseline'],
  remediation:
    'Set securityContext.capabilities.drop: ["ALL"] and add back only NET_BIND_SERVICE if the container binds a port below 1024.',
  collect: (context) => {
    if (isWindowsPod(context)) return [];
    return context.containers.flatMap(({ container, name, path }): Offender[] => {
      const capabilities = asObject(securityContextOf(container).capabilities);
      const capabilitiesPath = [...path, 'securityContext', 'capabilities'];
      const offenders: Offender[] = [];
      // Exact match: "all" or "CAP_ALL" do not count, as in the admission controller.
      if (!asArray(capabilities.drop).some((cap) => cap === 'ALL')) {
        offenders.push({ path: [...capabilitiesPath, 'drop'], name, variant: 'drop' });
      }
      const bad = asArray(capabilities.add)
        .map(asString)
        .filter((cap) => cap !== 'NET_BIND_SERVICE');
      if (bad.length > 0)
        offenders.push({ path: [...capabilitiesPath, 'add'], name, variant: 'add', values: bad });
      return offenders;
    });
  },
  describe: (offenders) => {
    const details: string[] = [];
    const missingDrop = offenders.filter((o) => o.variant === 'drop');
    const adding = offenders.filter((o) => o.variant === 'add');
    if (missingDrop.length > 0) {
      details.push(
        `${containerList(missingDrop.map((o) => o.name!))} must set securityContext.capabilities.drop=["ALL"]`,
      );
    }
    if (adding.length > 0) {
      details.push(
        `${containerList(adding.map((o) => o.name!))} must not include ${joinQuote(sortedUnique(valuesOf(adding)))} in securityContext.capabilities.add`,
      );
    }
    return { reason: 'unrestricted capabilities', detail: details.join('; ') };
  },
};

export const procMountRestricted: Rule = {
  id: 'procMount_restricted',
  level: 'restricted',
  minVersion: 35,
  overrides: ['procMount'],
  remediation: 'Remove securityContext.procMount or set it to "Default", even in a user namespace.',
  collect: collectProcMount,
  describe: describeProcMount,
};
