/** Restricted checks on the pod as a whole: volume types, running as non-root, uid 0. */

import { joinQuote, pluralize, sortedUnique, unique } from '../format';
import { asArray, asObject, asString, securityContextOf } from '../pod-spec';
import { describeSetters, usesUserNamespace, valuesOf, type Offender, type Rule } from './rule';

const ALLOWED_VOLUME_TYPES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
];

/** Every volume source the API knows; anything else is reported as `unknown`. */
const KNOWN_VOLUME_TYPES = new Set([
  ...ALLOWED_VOLUME_TYPES,
  'awsElasticBlockStore',
  'azureDisk',
  'azureFile',
  'cephfs',
  'cinder',
  'fc',
  'flexVolume',
  'flocker',
  'gcePersistentDisk',
  'gitRepo',
  'glusterfs',
  'hostPath',
  'image',
  'iscsi',
  'nfs',
  'photonPersistentDisk',
  'portworxVolume',
  'quobyte',
  'rbd',
  'scaleIO',
  'storageos',
  'vsphereVolume',
]);

export const restrictedVolumes: Rule = {
  id: 'restrictedVolumes',
  level: 'restricted',
  minVersion: 0,
  overrides: ['hostPathVolumes'],
  remediation:
    'Use only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected or secret volumes (and image volumes from 1.33).',
  collect: ({ template, minor }) => {
    const allowed = minor >= 33 ? [...ALLOWED_VOLUME_TYPES, 'image'] : ALLOWED_VOLUME_TYPES;
    return asArray(template.spec.volumes).flatMap((value, index): Offender[] => {
      const volume = asObject(value);
      const sources = Object.keys(volume).filter((key) => key !== 'name' && volume[key] != null);
      // A volume with no source is defaulted to emptyDir by the API server.
      if (sources.length === 0) return [];
      const source = sources[0]!;
      if (allowed.includes(source)) return [];
      const type = KNOWN_VOLUME_TYPES.has(source) ? source : 'unknown';
      return [
        {
          path: [...template.specPath, 'volumes', index, source],
          name: asString(volume.name),
          values: [type],
        },
      ];
    });
  },
  describe: (offenders) => {
    const names = unique(offenders.map((o) => o.name!));
    const types = sortedUnique(valuesOf(offenders));
    return {
      reason: 'restricted volume types',
      detail: `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('restricted volume type', 'restricted volume types', types.length)} ${joinQuote(types)}`,
    };
  },
};

export const runAsNonRoot: Rule = {
  id: 'runAsNonRoot',
  level: 'restricted',
  minVersion: 0,
  remediation:
    'Set securityContext.runAsNonRoot: true on the pod (or on every container) and run as a non-zero runAsUser.',
  collect: (context) => {
    if (usesUserNamespace(context)) return [];
    const { template, containers } = context;
    const offenders: Offender[] = [];
    const podValue = asObject(template.spec.securityContext).runAsNonRoot;
    const podPath = [...template.specPath, 'securityContext', 'runAsNonRoot'];
    if (podValue === false) offenders.push({ path: podPath, pod: true, variant: 'explicit' });
    for (const { container, name, path } of containers) {
      const value = securityContextOf(container).runAsNonRoot;
      const fieldPath = [...path, 'securityContext', 'runAsNonRoot'];
      if (value === false) offenders.push({ path: fieldPath, name, variant: 'explicit' });
      else if (value !== true && podValue !== true) {
        offenders.push({ path: fieldPath, name, variant: 'implicit' });
      }
    }
    return offenders;
  },
  describe: (offenders) => {
    const explicit = offenders.filter((o) => o.variant === 'explicit');
    if (explicit.length > 0) {
      return {
        reason: 'runAsNonRoot != true',
        detail: `${describeSetters(explicit)} must not set securityContext.runAsNonRoot=false`,
      };
    }
    const names = unique(offenders.map((o) => o.name!));
    return {
      reason: 'runAsNonRoot != true',
      detail: `pod or ${pluralize('container', 'containers', names.length)} ${joinQuote(names)} must set securityContext.runAsNonRoot=true`,
    };
  },
};

export const runAsUser: Rule = {
  id: 'runAsUser',
  level: 'restricted',
  minVersion: 23,
  remediation: 'Set runAsUser to a non-zero uid (e.g. 1000), or remove runAsUser: 0.',
  collect: (context) => {
    if (usesUserNamespace(context)) return [];
    const { template, containers } = context;
    const offenders: Offender[] = [];
    if (asObject(template.spec.securityContext).runAsUser === 0) {
      offenders.push({ path: [...template.specPath, 'securityContext', 'runAsUser'], pod: true });
    }
    for (const { container, name, path } of containers) {
      if (securityContextOf(container).runAsUser === 0) {
        offenders.push({ path: [...path, 'securityContext', 'runAsUser'], name });
      }
    }
    return offenders;
  },
  describe: (offenders) => ({
    reason: 'runAsUser=0',
    detail: `${describeSetters(offenders)} must not set runAsUser=0`,
  }),
};
