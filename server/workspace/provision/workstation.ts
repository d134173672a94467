/**
 * The learner's workstation on a real cluster: a long-running pod with bash and kubectl that acts
 * as the learner's service account (so kubectl inside it defaults to the learner's namespace), runs
 * as non-root with a read-only root filesystem, and starts with the lesson's files in its home.
 */
import type { ClusterObject } from '@/server/cluster/types';
import { LEARNER_SERVICE_ACCOUNT, createLearnerLabels, formatLearnerNamespace } from './labels';

export const WORKSTATION_POD = 'workstation';
export const WORKSTATION_CONTAINER = 'shell';
export const WORKSTATION_HOME = '/home/learner';
const FILES_MOUNT = '/opt/workshop-files';
const FILES_CONFIGMAP = 'workstation-files';
/** The terminal runs a login shell in the workstation. */
export const WORKSTATION_SHELL = ['bash', '-l'];

/** ConfigMap keys may not hold `/`: files are stored as file-0, file-1… and mapped back to paths. */
function indexFiles(files: Record<string, string>) {
  return Object.keys(files)
    .sort()
    .map((path, i) => ({ key: `file-${i}`, path }));
}

export function buildWorkstationFiles(
  learnerId: string,
  files: Record<string, string>,
): ClusterObject {
  const data: Record<string, string> = {};
  for (const { key, path } of indexFiles(files)) data[key] = files[path] ?? '';
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: {
      name: FILES_CONFIGMAP,
      namespace: formatLearnerNamespace(learnerId),
      labels: createLearnerLabels(learnerId),
    },
    data,
  };
}

/**
 * Copies the files into the writable home once, then idles; the lesson writes files beside them
 * (`cat << EOF | tee …`), which a read-only ConfigMap mount would refuse.
 */
const startScript = `for f in ${FILES_MOUNT}/*; do [ -e "$f" ] && cp -rL "$f" "$HOME"/; done; exec sleep infinity`;

export function buildWorkstationPod(
  learnerId: string,
  options: { image: string; user: number; files: Record<string, string> },
): ClusterObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: WORKSTATION_POD,
      namespace: formatLearnerNamespace(learnerId),
      labels: { ...createLearnerLabels(learnerId), 'app.kubernetes.io/name': 'workstation' },
    },
    spec: {
      serviceAccountName: LEARNER_SERVICE_ACCOUNT,
      automountServiceAccountToken: true,
      enableServiceLinks: false,
      terminationGracePeriodSeconds: 2,
      securityContext: {
        runAsNonRoot: true,
        runAsUser: options.user,
        runAsGroup: options.user,
        fsGroup: options.user,
        seccompProfile: { type: 'RuntimeDefault' },
      },
      containers: [
        {
          name: WORKSTATION_CONTAINER,
          image: options.image,
          command: ['bash', '-c', startScript],
          workingDir: WORKSTATION_HOME,
          env: [
            { name: 'HOME', value: WORKSTATION_HOME },
            // The lesson's commands name its files as $scriptDir/k8s-201-workshop/...
            { name: 'scriptDir', value: WORKSTATION_HOME },
            { name: 'TERM', value: 'xterm-256color' },
          ],
          securityContext: {
            allowPrivilegeEscalation: false,
            readOnlyRootFilesystem: true,
            capabilities: { drop: ['ALL'] },
          },
          resources: {
            requests: { cpu: '50m', memory: '64Mi' },
            limits: { cpu: '500m', memory: '256Mi' },
          },
          volumeMounts: [
            { name: 'home', mountPath: WORKSTATION_HOME },
            { name: 'tmp', mountPath: '/tmp' },
            { name: 'files', mountPath: FILES_MOUNT, readOnly: true },
          ],
        },
      ],
      volumes: [
        { name: 'home', emptyDir: { sizeLimit: '64Mi' } },
        { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } },
        {
          name: 'files',
          configMap: { name: FILES_CONFIGMAP, items: indexFiles(options.files) },
        },
      ],
    },
  };
}
