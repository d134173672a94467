/** Writes kubeconfig YAML for a sandbox cluster (kubectl and client-node both read it). */
import { stringify } from 'yaml';

export function renderKubeconfig(options: {
  /** https URL of the sandbox (kubectl sends tokens only over TLS). */
  server: string;
  /** PEM of the sandbox's self-signed certificate, trusted as the cluster's authority. */
  caPem: string;
  token: string;
  user: string;
  namespace?: string;
}): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      {
        name: 'sandbox',
        cluster: {
          server: options.server,
          'certificate-authority-data': Buffer.from(options.caPem).toString('base64'),
        },
      },
    ],
    users: [{ name: options.user, user: { token: options.token } }],
    contexts: [
      {
        name: 'sandbox',
        context: {
          cluster: 'sandbox',
          user: options.user,
          namespace: options.namespace ?? 'default',
        },
      },
    ],
    'current-context': 'sandbox',
    preferences: {},
  });
}
