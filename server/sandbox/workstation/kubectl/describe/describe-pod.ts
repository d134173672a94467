/**
 * `kubectl describe pod`, and the container and volume sections that Deployments reuse for
 * their pod template — in kubectl's order and wording.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- pod specs are read as loose JSON here */
import type { ClusterObject } from '@/server/cluster/types';
import { formatAge } from '../printers/age';
import {
  DescribeWriter,
  formatRfc1123,
  writeAnnotations,
  writeEvents,
  writeLabels,
} from './describe-writer';
import { writeTolerations, writeVolumes } from './describe-volumes';

type Any = Record<string, any>;

function formatPorts(ports: Any[] | undefined, field: 'containerPort' | 'hostPort'): string {
  if (!ports || ports.length === 0) return '<none>';
  return ports.map((p) => `${p[field] ?? 0}/${p.protocol ?? 'TCP'}`).join(', ');
}

function writeState(w: DescribeWriter, title: string, state: Any | undefined) {
  if (state?.running) {
    w.write(2, `${title}:\tRunning\n`);
    w.write(3, `Started:\t${formatRfc1123(state.running.startedAt)}\n`);
  } else if (state?.waiting) {
    w.write(2, `${title}:\tWaiting\n`);
    if (state.waiting.reason) w.write(3, `Reason:\t${state.waiting.reason}\n`);
    if (state.waiting.message) w.write(3, `Message:\t${state.waiting.message}\n`);
  } else if (state?.terminated) {
    const t = state.terminated;
    w.write(2, `${title}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(3, `Message:\t${t.message}\n`);
    w.write(3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if (t.signal) w.write(3, `Signal:\t${t.signal}\n`);
    w.write(3, `Started:\t${formatRfc1123(t.startedAt)}\n`);
    w.write(3, `Finished:\t${formatRfc1123(t.finishedAt)}\n`);
  } else {
    w.write(2, `${title}:\tWaiting\n`);
  }
}

function writeEnv(w: DescribeWriter, container: Any) {
  if (container.envFrom?.length) {
    w.write(2, 'Environment Variables from:\n');
    for (const from of container.envFrom as Any[]) {
      const kind = from.configMapRef ? 'ConfigMap' : 'Secret';
      const ref = from.configMapRef ?? from.secretRef ?? {};
      w.write(3, `${ref.name}\t${kind}\tOptional: ${Boolean(ref.optional)}\n`);
    }
  }
  const env = (container.env ?? []) as Any[];
  if (env.length === 0) {
    w.write(2, 'Environment:\t<none>\n');
    return;
  }
  w.write(2, 'Environment:\n');
  for (const e of env) {
    if (e.value !== undefined) w.write(3, `${e.name}:\t${e.value}\n`);
    else if (e.valueFrom?.secretKeyRef) {
      const r = e.valueFrom.secretKeyRef;
      w.write(
        3,
        `${e.name}:\t<set to the key '${r.key}' in secret '${r.name}'>\tOptional: ${Boolean(r.optional)}\n`,
      );
    } else if (e.valueFrom?.configMapKeyRef) {
      const r = e.valueFrom.configMapKeyRef;
      w.write(
        3,
        `${e.name}:\t<set to the key '${r.key}' of config map '${r.name}'>\tOptional: ${Boolean(r.optional)}\n`,
      );
    } else if (e.valueFrom?.fieldRef) {
      const r = e.valueFrom.fieldRef;
      w.write(3, `${e.name}:\t (${r.apiVersion ?? 'v1'}:${r.fieldPath})\n`);
    } else w.write(3, `${e.name}:\t\n`);
  }
}

function writeResources(w: DescribeWriter, resources: Any | undefined) {
  for (const [title, values] of [
    ['Limits', resources?.limits],
    ['Requests', resources?.requests],
  ] as const) {
    const keys = Object.keys(values ?? {}).sort();
    if (keys.length === 0) continue;
    w.write(2, `${title}:\n`);
    for (const key of keys) w.write(3, `${key}:\t${values[key]}\n`);
  }
}

/** The Containers (or Init Containers) section. `statuses` is null for a pod template. */
export function writeContainers(
  w: DescribeWriter,
  title: string,
  containers: Any[],
  statuses: Any[] | null,
  indent: string,
) {
  w.write(0, `${indent}${title}:${containers.length === 0 ? ' <none>' : ''}\n`);
  // Inside a pod template kubectl shifts only the name line, by one space.
  const nameIndent = indent ? ' ' : '';
  const at = (level: number, line: string) => w.write(level, line);
  for (const container of containers) {
    const status = statuses?.find((s) => s.name === container.name);
    at(1, `${nameIndent}${container.name}:\n`);
    if (status) at(2, `Container ID:\t${status.containerID ?? ''}\n`);
    at(2, `Image:\t${container.image ?? ''}\n`);
    if (status) at(2, `Image ID:\t${status.imageID ?? ''}\n`);
    const ports = formatPorts(container.ports, 'containerPort');
    at(2, `${ports.includes(',') ? 'Ports' : 'Port'}:\t${ports}\n`);
    const hostPorts = formatPorts(container.ports, 'hostPort');
    at(2, `${hostPorts.includes(',') ? 'Host Ports' : 'Host Port'}:\t${hostPorts}\n`);
    for (const [name, list] of [
      ['Command', container.command],
      ['Args', container.args],
    ] as const) {
      if (!list?.length) continue;
      at(2, `${name}:\n`);
      for (const part of list as string[]) at(3, `${part}\n`);
    }
    if (status) {
      writeState(w, 'State', status.state);
      if (status.lastState?.terminated) writeState(w, 'Last State', status.lastState);
      at(2, `Ready:\t${status.ready ? 'True' : 'False'}\n`);
      at(2, `Restart Count:\t${status.restartCount ?? 0}\n`);
    }
    writeResources(w, container.resources);
    writeEnv(w, container);
    const mounts = [...((container.volumeMounts ?? []) as Any[])].sort((a, b) =>
      String(a.mountPath).localeCompare(String(b.mountPath)),
    );
    if (mounts.length === 0) at(2, 'Mounts:\t<none>\n');
    else {
      at(2, 'Mounts:\n');
      for (const m of mounts) {
        const flags = [m.readOnly ? 'ro' : 'rw'];
        if (m.subPath) flags.push(`path="${m.subPath}"`);
        at(3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
      }
    }
  }
}

function qosClass(pod: Any): string {
  if (pod.status?.qosClass) return pod.status.qosClass;
  const containers = (pod.spec?.containers ?? []) as Any[];
  const any = containers.some(
    (c) =>
      Object.keys(c.resources?.limits ?? {}).length ||
      Object.keys(c.resources?.requests ?? {}).length,
  );
  return any ? 'Burstable' : 'BestEffort';
}

/** Describes a pod. */
export function describePod(
  pod: ClusterObject,
  events: ClusterObject[] | null,
  now: number,
): string {
  const p = pod as Any;
  const w = new DescribeWriter();
  w.write(0, `Name:\t${p.metadata?.name}\n`);
  w.write(0, `Namespace:\t${p.metadata?.namespace}\n`);
  if (p.spec?.priority !== undefined) w.write(0, `Priority:\t${p.spec.priority}\n`);
  if (p.spec?.priorityClassName) w.write(0, `Priority Class Name:\t${p.spec.priorityClassName}\n`);
  w.write(0, `Service Account:\t${p.spec?.serviceAccountName ?? ''}\n`);
  w.write(
    0,
    `Node:\t${p.spec?.nodeName ? `${p.spec.nodeName}/${p.status?.hostIP ?? ''}` : '<none>'}\n`,
  );
  if (p.status?.startTime) w.write(0, `Start Time:\t${formatRfc1123(p.status.startTime)}\n`);
  writeLabels(w, 'Labels', p.metadata?.labels);
  writeAnnotations(w, 'Annotations', p.metadata?.annotations);
  if (p.metadata?.deletionTimestamp) {
    const lasts = formatAge(p.metadata.deletionTimestamp, now);
    w.write(0, `Status:\tTerminating (lasts ${lasts})\n`);
    w.write(0, `Termination Grace Period:\t${p.metadata.deletionGracePeriodSeconds ?? 30}s\n`);
  } else w.write(0, `Status:\t${p.status?.phase ?? ''}\n`);
  if (p.status?.reason) w.write(0, `Reason:\t${p.status.reason}\n`);
  if (p.status?.message) w.write(0, `Message:\t${p.status.message}\n`);
  w.write(0, `IP:\t${p.status?.podIP ?? ''}\n`);
  const ips = (p.status?.podIPs ?? []) as Any[];
  if (ips.length === 0) w.write(0, 'IPs:\t<none>\n');
  else {
    w.write(0, 'IPs:\n');
    for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
  }
  const owner = ((p.metadata?.ownerReferences ?? []) as Any[]).find((o) => o.controller);
  if (owner) w.write(0, `Controlled By:\t${owner.kind}/${owner.name}\n`);
  if (p.spec?.initContainers?.length) {
    writeContainers(
      w,
      'Init Containers',
      p.spec.initContainers,
      p.status?.initContainerStatuses ?? [],
      '',
    );
  }
  writeContainers(w, 'Containers', p.spec?.containers ?? [], p.status?.containerStatuses ?? [], '');
  const conditions = (p.status?.conditions ?? []) as Any[];
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n  Type\tStatus\n');
    for (const c of conditions) w.write(1, `${c.type} \t${c.status} \n`);
  }
  writeVolumes(w, p.spec?.volumes, '');
  w.write(0, `QoS Class:\t${qosClass(p)}\n`);
  writeLabels(w, 'Node-Selectors', p.spec?.nodeSelector);
  writeTolerations(w, 'Tolerations', p.spec?.tolerations);
  writeEvents(w, events, now);
  return w.render();
}
