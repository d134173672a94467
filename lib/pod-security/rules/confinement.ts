/** Baseline checks on confinement: AppArmor, SELinux, seccomp and sysctls. */

import { joinQuote, pluralize, quote, sortedUnique } from '../format';
import { asArray, asObject, asString } from '../pod-spec';
import type { JsonPath } from '../types';
import { describeSetters, valuesOf, type Offender, type Rule, type RuleContext } from './rule';

const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/** Runs `check` on the pod-level security context, then on each container's. */
function collectSettings(
  { template, containers }: RuleContext,
  field: string,
  check: (value: Record<string, unknown>) => string[] | null,
): Offender[] {
  const offenders: Offender[] = [];
  const visit = (securityContext: unknown, path: JsonPath, who: Partial<Offender>) => {
    const value = asObject(securityContext)[field];
    if (value === undefined || value === null) return;
    const values = check(asObject(value));
    if (values) offenders.push({ path: [...path, 'securityContext', field], values, ...who });
  };
  visit(template.spec.securityContext, template.specPath, { pod: true });
  for (const { container, name, path } of containers)
    visit(container.securityContext, path, { name });
  return offenders;
}

export const appArmorProfile: Rule = {
  id: 'appArmorProfile',
  level: 'baseline',
  minVersion: 0,
  remediation:
    'Set appArmorProfile.type to RuntimeDefault or Localhost (or remove it); remove Unconfined AppArmor annotations.',
  collect: (context) => {
    const offenders = collectSettings(context, 'appArmorProfile', (profile) => {
      const type = asString(profile.type);
      return type === 'RuntimeDefault' || type === 'Localhost' ? null : [type];
    }).map((o) => ({ ...o, path: [...o.path, 'type'] }));
    const annotations = asObject(context.template.metadata.annotations);
    for (const [key, raw] of Object.entries(annotations)) {
      const value = asString(raw);
      if (!key.startsWith(APPARMOR_ANNOTATION_PREFIX)) continue;
      if (value === '' || value === 'runtime/default' || value.startsWith('localhost/')) continue;
      offenders.push({
        path: [...context.template.metadataPath, 'annotations', key],
        variant: 'annotation',
        values: [`${key}=${quote(value)}`],
      });
    }
    return offenders;
  },
  describe: (offenders) => {
    const fields = offenders.filter((o) => o.variant !== 'annotation');
    const annotations = offenders.filter((o) => o.variant === 'annotation');
    const values = [...sortedUnique(valuesOf(fields)), ...sortedUnique(valuesOf(annotations))];
    const setters = [describeSetters(fields)].filter(Boolean);
    if (annotations.length > 0)
      setters.push(pluralize('annotation', 'annotations', annotations.length));
    return {
      reason: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', values.length),
      detail: `${setters.join(' and ')} must not set AppArmor profile type to ${joinQuote(values)}`,
    };
  },
};

const SELINUX_TYPES = ['', 'container_t', 'container_init_t', 'container_kvm_t'];

export const seLinuxOptions: Rule = {
  id: 'seLinuxOptions',
  level: 'baseline',
  minVersion: 0,
  remediation:
    'Use seLinuxOptions.type container_t, container_init_t, container_kvm_t or container_engine_t only, and leave user and role unset.',
  collect: (context) => {
    const allowed = context.minor >= 31 ? [...SELINUX_TYPES, 'container_engine_t'] : SELINUX_TYPES;
    return collectSettings(context, 'seLinuxOptions', (options) => {
      const type = asString(options.type);
      const problems: string[] = [];
      if (!allowed.includes(type)) problems.push(`type:${type}`);
      if (asString(options.user) !== '') problems.push('user');
      if (asString(options.role) !== '') problems.push('role');
      return problems.length > 0 ? problems : null;
    });
  },
  describe: (offenders) => {
    const problems = valuesOf(offenders);
    const types = sortedUnique(
      problems.filter((p) => p.startsWith('type:')).map((p) => p.slice(5)),
    );
    const data: string[] = [];
    if (types.length > 0)
      data.push(`${pluralize('type', 'types', types.length)} ${joinQuote(types)}`);
    if (problems.includes('user')) data.push('user may not be set');
    if (problems.includes('role')) data.push('role may not be set');
    return {
      reason: 'seLinuxOptions',
      detail: `${describeSetters(offenders)} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}`,
    };
  },
};

export function isAllowedSeccomp(type: string): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

export const seccompProfileBaseline: Rule = {
  id: 'seccompProfile_baseline',
  level: 'baseline',
  minVersion: 19,
  remediation:
    'Set seccompProfile.type to RuntimeDefault or Localhost, or remove it; never Unconfined.',
  collect: (context) =>
    collectSettings(context, 'seccompProfile', (profile) => {
      const type = asString(profile.type);
      return isAllowedSeccomp(type) ? null : [type];
    }).map((o) => ({ ...o, path: [...o.path, 'type'] })),
  describe: (offenders) => {
    const sentences: string[] = [];
    const pod = offenders.find((o) => o.pod);
    if (pod) {
      sentences.push(
        `pod must not set securityContext.seccompProfile.type to ${quote(pod.values![0]!)}`,
      );
    }
    const containers = offenders.filter((o) => !o.pod);
    if (containers.length > 0) {
      sentences.push(
        `${describeSetters(containers)} must not set securityContext.seccompProfile.type to ${joinQuote(sortedUnique(valuesOf(containers)))}`,
      );
    }
    return { reason: 'seccompProfile', detail: sortedUnique(sentences).join('; ') };
  },
};

const SYSCTLS_BY_VERSION: [number, string[]][] = [
  [
    0,
    [
      'kernel.shm_rmid_forced',
      'net.ipv4.ip_local_port_range',
      'net.ipv4.tcp_syncookies',
      'net.ipv4.ping_group_range',
      'net.ipv4.ip_unprivileged_port_start',
    ],
  ],
  [27, ['net.ipv4.ip_local_reserved_ports']],
  [
    29,
    [
      'net.ipv4.tcp_keepalive_time',
      'net.ipv4.tcp_fin_timeout',
      'net.ipv4.tcp_keepalive_intvl',
      'net.ipv4.tcp_keepalive_probes',
    ],
  ],
  [32, ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem']],
];

export function allowedSysctls(minor: number): Set<string> {
  return new Set(
    SYSCTLS_BY_VERSION.filter(([since]) => minor >= since).flatMap(([, names]) => names),
  );
}

export const sysctls: Rule = {
  id: 'sysctls',
  level: 'baseline',
  minVersion: 0,
  remediation:
    'Remove sysctls outside the safe set (kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.tcp_syncookies, net.ipv4.ping_group_range, net.ipv4.ip_unprivileged_port_start, …); set node-level ones on the node instead.',
  collect: ({ template, minor }) => {
    const allowed = allowedSysctls(minor);
    return asArray(asObject(template.spec.securityContext).sysctls).flatMap(
      (value, index): Offender[] => {
        const name = asString(asObject(value).name);
        return allowed.has(name)
          ? []
          : [
              {
                path: [...template.specPath, 'securityContext', 'sysctls', index, 'name'],
                pod: true,
                values: [name],
              },
            ];
      },
    );
  },
  describe: (offenders) => ({
    reason: 'forbidden sysctls',
    detail: valuesOf(offenders).join(', '),
  }),
};
