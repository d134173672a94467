import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  describeClusterMode,
  loadClusterConnection,
  readTokenServiceAccount,
  resolveKubeconfigPaths,
} from './cluster-connection';

const kubeconfig = `apiVersion: v1
kind: Config
clusters:
- name: kind-workshop
  cluster:
    server: https://127.0.0.1:6443
    certificate-authority: certs/ca.crt
users:
- name: admin
  user:
    client-certificate: /abs/client.crt
    client-key: certs/client.key
contexts:
- name: kind-workshop
  context: { cluster: kind-workshop, user: admin }
current-context: kind-workshop
`;

function tempDir() {
  return mkdtempSync(path.join(os.tmpdir(), 'cluster-connection-'));
}

function fakeToken(sub: string) {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part({ sub })}.signature`;
}

describe('loadClusterConnection', () => {
  it('reads a kubeconfig file and makes its file references absolute', () => {
    const dir = tempDir();
    const file = path.join(dir, 'config');
    writeFileSync(file, kubeconfig);
    const { connection, source } = loadClusterConnection(file, {});
    expect(source).toEqual({
      kind: 'kubeconfig',
      file,
      server: 'https://127.0.0.1:6443',
      context: 'kind-workshop',
    });
    const doc = parse(connection.kubeconfig);
    expect(doc.clusters[0].cluster['certificate-authority']).toBe(path.join(dir, 'certs/ca.crt'));
    expect(doc.users[0].user['client-certificate']).toBe('/abs/client.crt');
    expect(doc.users[0].user['client-key']).toBe(path.join(dir, 'certs/client.key'));
  });

  it('takes the first file KUBECONFIG lists', () => {
    const dir = tempDir();
    const file = path.join(dir, 'one');
    writeFileSync(file, kubeconfig);
    const { source } = loadClusterConnection('KUBECONFIG', {
      KUBECONFIG: [file, path.join(dir, 'two')].join(path.delimiter),
    });
    expect(source.kind === 'kubeconfig' && source.file).toBe(file);
  });

  it('says what to do when the file is missing or has no context', () => {
    expect(() => loadClusterConnection('/nowhere/config', {})).toThrow(
      'CLUSTER_KUBECONFIG: /nowhere/config: no such file (give a kubeconfig path, "KUBECONFIG" or "in-cluster")',
    );
    const file = path.join(tempDir(), 'config');
    writeFileSync(file, kubeconfig.replace('current-context: kind-workshop', ''));
    expect(() => loadClusterConnection(file, {})).toThrow('has no current-context set');
  });

  it('builds an in-cluster connection from the service account files', () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'token'),
      fakeToken('system:serviceaccount:workshop-system:workshop-site'),
    );
    writeFileSync(path.join(dir, 'ca.crt'), 'ca');
    const env = { KUBERNETES_SERVICE_HOST: '10.96.0.1', KUBERNETES_SERVICE_PORT: '443' };
    const { connection, source } = loadClusterConnection('in-cluster', env, dir);
    expect(source).toEqual({
      kind: 'in-cluster',
      server: 'https://10.96.0.1:443',
      serviceAccount: { namespace: 'workshop-system', name: 'workshop-site' },
    });
    const doc = parse(connection.kubeconfig);
    expect(doc.users[0].user['auth-provider']).toEqual({
      name: 'tokenFile',
      config: { tokenFile: path.join(dir, 'token') },
    });
    expect(doc.clusters[0].cluster['certificate-authority']).toBe(path.join(dir, 'ca.crt'));
  });

  it('brackets an IPv6 service host', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'token'), 'x');
    const env = { KUBERNETES_SERVICE_HOST: 'fd00::1', KUBERNETES_SERVICE_PORT: '443' };
    expect(loadClusterConnection('in-cluster', env, dir).source).toMatchObject({
      server: 'https://[fd00::1]:443',
      serviceAccount: undefined,
    });
  });

  it('refuses in-cluster mode outside a pod, in client-go’s words', () => {
    expect(() => loadClusterConnection('in-cluster', {}, tempDir())).toThrow(
      'unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined',
    );
  });
});

describe('helpers', () => {
  it('readTokenServiceAccount reads the subject and nothing else', () => {
    expect(readTokenServiceAccount(fakeToken('system:serviceaccount:a:b'))).toEqual({
      namespace: 'a',
      name: 'b',
    });
    expect(readTokenServiceAccount(fakeToken('alice'))).toBeUndefined();
    expect(readTokenServiceAccount('not-a-jwt')).toBeUndefined();
  });

  it('resolveKubeconfigPaths refuses a document that is not a mapping', () => {
    expect(() => resolveKubeconfigPaths('', '/')).toThrow('the kubeconfig is empty');
  });

  it('describeClusterMode names the source and server, never a credential', () => {
    const health = describeClusterMode({
      kind: 'kubeconfig',
      file: '/x',
      server: 'https://k:6443',
      context: 'c',
    });
    expect(health).toEqual({
      mode: 'cluster',
      clusterSource: 'kubeconfig',
      server: 'https://k:6443',
      context: 'c',
    });
    expect(JSON.stringify(health)).not.toContain('/x');
  });
});
