/** Baseline checks on reaching the node: host namespaces, hostPath volumes, host ports, probe hosts. */

import { asArray, asObject, asString } from '../pod-spec';
import { containerList, joinQuote, pluralize, sortedUnique, unique } from '../format';
import { valuesOf, type Offender, type Rule } from './rule';

export const hostNamespaces: Rule = {
  id: 'hostNamespaces',
  level: 'baseline',
  minVersion: 0,
  remediation: 'Remove hostNetwork, hostPID and hostIPC from the pod spec, or set them to false.',
  collect: ({ template }) =>
    (['hostNetwork', 'hostPID', 'hostIPC'] as const)
      .filter((field) => template.spec[field] === true)
      .map((field) => ({ path: [...template.specPath, field], values: [`${field}=true`] })),
  describe: (offenders) => ({ reason: 'host namespaces', detail: valuesOf(offenders).join(', ') }),
};

export const hostPathVolumes: Rule = {
  id: 'hostPathVolumes',
  level: 'baseline',
  minVersion: 0,
  remediation:
    'Replace the hostPath volume with an emptyDir, configMap, secret or persistentVolumeClaim volume.',
  collect: ({ template }) =>
    asArray(template.spec.volumes).flatMap((value, index): Offender[] => {
      const volume = asObject(value);
      return volume.hostPath !== undefined && volume.hostPath !== null
        ? [
            {
              path: [...template.specPath, 'volumes', index, 'hostPath'],
              name: asString(volume.name),
            },
          ]
        : [];
    }),
  describe: (offenders) => {
    const names = unique(offenders.map((o) => o.name!));
    return {
      reason: 'hostPath volumes',
      detail: `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)}`,
    };
  },
};

export const hostPorts: Rule = {
  id: 'hostPorts',
  level: 'baseline',
  minVersion: 0,
  remediation: 'Remove hostPort (or set it to 0); expose the container through a Service instead.',
  collect: ({ containers }) =>
    containers.flatMap(({ container, name, path }) =>
      asArray(container.ports).flatMap((value, index): Offender[] => {
        const hostPort = asObject(value).hostPort;
        return hostPort !== undefined && hostPort !== null && hostPort !== 0
          ? [{ path: [...path, 'ports', index, 'hostPort'], name, values: [asString(hostPort)] }]
          : [];
      }),
    ),
  describe: (offenders) => {
    const names = unique(offenders.map((o) => o.name!));
    const ports = sortedUnique(valuesOf(offenders));
    return {
      reason: 'hostPort',
      detail: `${containerList(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('hostPort', 'hostPorts', ports.length)} ${ports.join(', ')}`,
    };
  },
};

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'];
const HANDLERS = ['postStart', 'preStop'];

export const hostProbesAndHostLifecycle: Rule = {
  id: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  minVersion: 34,
  remediation:
    'Remove the host field from httpGet/tcpSocket probes and lifecycle handlers; the kubelet then targets the pod IP.',
  collect: ({ containers }) =>
    containers.flatMap(({ container, name, path }) => {
      const handlers: [unknown, (string | number)[]][] = [
        ...PROBES.map((p): [unknown, (string | number)[]] => [container[p], [...path, p]]),
        ...HANDLERS.map((h): [unknown, (string | number)[]] => [
          asObject(container.lifecycle)[h],
          [...path, 'lifecycle', h],
        ]),
      ];
      return handlers.flatMap(([handler, handlerPath]) =>
        (['httpGet', 'tcpSocket'] as const).flatMap((action): Offender[] => {
          const host = asString(asObject(asObject(handler)[action]).host);
          return host ? [{ path: [...handlerPath, action, 'host'], name, values: [host] }] : [];
        }),
      );
    }),
  describe: (offenders) => {
    // This check lists containers sorted, unlike the older checks.
    const names = sortedUnique(offenders.map((o) => o.name!));
    const hosts = sortedUnique(valuesOf(offenders));
    return {
      reason: 'probe or lifecycle host',
      detail: `${containerList(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', hosts.length)} ${joinQuote(hosts)}`,
    };
  },
};
