/**
 * kubectl ≥ 1.32 sends `kubectl create <kind>` bodies as protobuf, older ones as JSON. The same
 * command through both must give the same object: proof the protobuf decoding matches JSON.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findKubectls } from './kubectl-binaries';
import { startStandalone, type Standalone } from './standalone';

const run = promisify(execFile);
const [json, protobuf] = findKubectls(['1.31', '1.33']).filter(
  (k) => k.version === '1.31' || k.version === '1.33',
);
const ready = json?.version === '1.31' && protobuf?.version === '1.33';

const COMMANDS = [
  'create deployment w --image=nginx:1.27 --port=8080 --replicas=2 -n x -- sleep 100',
  'create deployment w0 --image=nginx:1.27 --replicas=0 -n x',
  'create configmap c --from-literal=a=b --from-literal=c=d -n x',
  'create secret generic s --from-literal=a=b -n x',
  'create secret docker-registry d --docker-server=a.io --docker-username=u --docker-password=p -n x',
  'create serviceaccount s -n x',
  'create role r --verb=get,list --resource=pods,deployments.apps --resource-name=p1 -n x',
  'create clusterrole cr --verb=get --resource=pods',
  'create clusterrole agg --aggregation-rule=a=b',
  'create rolebinding rb --role=r --user=u --serviceaccount=x:sa1 --group=g -n x',
  'create clusterrolebinding crb --clusterrole=cr --user=u',
  'create service clusterip sv --tcp=80:8080 --tcp=443:8443 -n x',
  'create service nodeport np --tcp=80:8080 --node-port=30080 -n x',
  'create quota q --hard=pods=2,cpu=1,memory=1Gi --scopes=BestEffort -n x',
  'create namespace y',
];

/** Drops what differs between any two creations (uid, times, versions, allocated IPs). */
function normalize(text: string) {
  const obj = JSON.parse(text) as Record<string, unknown>;
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (!v || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) {
      if (['uid', 'creationTimestamp', 'resourceVersion', 'clusterIP', 'clusterIPs'].includes(k))
        continue;
      out[k] = strip(val);
    }
    return out;
  };
  return strip(obj);
}

describe.skipIf(!ready)(
  'kubectl create: protobuf (1.33) and JSON (1.31) give the same objects',
  () => {
    let sandbox: Standalone;
    const env = () => ({
      ...process.env,
      KUBECONFIG: sandbox.kubeconfig,
      KUBECACHEDIR: mkdtempSync(path.join(tmpdir(), 'kc-cache-')),
    });
    beforeAll(async () => {
      sandbox = await startStandalone();
      await run(protobuf!.path, ['create', 'namespace', 'x'], { env: env() });
    }, 60_000);
    afterAll(async () => {
      await sandbox?.stop();
    });

    for (const command of COMMANDS) {
      it(command, async () => {
        const [cmd, rest] = command.includes(' -- ') ? command.split(' -- ') : [command, undefined];
        const args = [
          ...cmd!.split(' '),
          '--dry-run=server',
          '-o',
          'json',
          ...(rest ? ['--', ...rest.split(' ')] : []),
        ];
        const [a, b] = await Promise.all([
          run(json!.path, args, { env: env() }),
          run(protobuf!.path, args, { env: env() }),
        ]);
        expect(normalize(b.stdout)).toEqual(normalize(a.stdout));
      });
    }
  },
);
