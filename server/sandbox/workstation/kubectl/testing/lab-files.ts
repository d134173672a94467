/**
 * The lesson's files for tests: the image-pull secret, the cFOS Deployment (as the lab writes
 * it, with NET_RAW only: the lab script's own heredoc) and the service account / RBAC manifest
 * (the one the workstation's home holds).
 */
import { LAB_DEPLOYMENT_YAML } from '@/content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lab-script';
import { TASK1_1_CREATE_CFOS_SERVICEACCOUNT_YAML } from '../../home/task1-1-create-cfos-serviceaccount';

export const imagePullSecretYaml = `apiVersion: v1
kind: Secret
metadata:
  name: cfosimagepullsecret
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: eyJhdXRocyI6eyJmb3J0aW5ldHdhbmR5LmF6dXJlY3IuaW8iOnsidXNlcm5hbWUiOiJ1IiwicGFzc3dvcmQiOiJwIiwiYXV0aCI6ImRUcHcifX19
`;

export const deploymentYaml = LAB_DEPLOYMENT_YAML;

/** The lab's fix: the same Deployment with NET_ADMIN added. */
export const fixedDeploymentYaml = deploymentYaml.replace(
  'add: ["NET_RAW"]',
  'add: ["NET_RAW","NET_ADMIN"]',
);

export const serviceAccountYaml = TASK1_1_CREATE_CFOS_SERVICEACCOUNT_YAML;

/** Makes outputs of two clusters comparable: generated names, ages, uids, IPs, times. */
export function normalizeOutput(text: string): string {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<uid>')
    .replace(/(deployment)-[a-z0-9]{8,10}-[a-z0-9]{5}\b/g, '$1-<pod>')
    .replace(/(deployment)-[a-z0-9]{8,10}\b/g, '$1-<rs>')
    .replace(/\b\d+(\.\d+)?(s|m\d*s?|h\d*m?|d\d*h?)\b/g, '<age>')
    .replace(/\b10\.244\.\d+\.\d+\b/g, '<ip>')
    .replace(/containerd:\/\/[0-9a-f]+/g, 'containerd://<id>')
    .replace(/resourceVersion: "\d+"/g, 'resourceVersion: "<rv>"')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, '<time>')
    .replace(/\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d [+-]\d{4}/g, '<time>')
    .replace(/ {2,}/g, '  ');
}
