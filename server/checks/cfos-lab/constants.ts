/** Names the cFOS lab uses, exactly as the lesson's commands create them. */
export const LAB_NAMESPACE = 'cfostest';
export const PULL_SECRET = 'cfosimagepullsecret';
export const SERVICE_ACCOUNT = 'cfos-serviceaccount';
export const DEPLOYMENT = 'cfos7210250-deployment';
export const POD_LABEL = 'app=cfos';
export const CLUSTER_ROLES = [
  { name: 'configmap-reader', resource: 'configmaps', binding: 'read-configmaps' },
  { name: 'secrets-reader', resource: 'secrets', binding: 'read-secrets' },
] as const;
export const IPTABLES_COMMAND = ['iptables', '-t', 'nat', '-L', '-v'];
export const PRIVILEGED_QUIZ = 'qa-privileged';
