import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClusterConnection } from './connection';
import { createObject, deleteObject, formatResourcePath, getObject, patchObject } from './objects';
import { ClusterApiError } from './types';
import { watchObjects } from './watch';

type Seen = { method: string; url: string; headers: IncomingMessage['headers']; body: string };

let server: Server | null = null;

/** A loopback API stand-in that records requests and answers with a scripted reply. */
async function startServer(
  reply: (seen: Seen, res: import('node:http').ServerResponse) => void,
): Promise<{ connection: ClusterConnection; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const entry = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      seen.push(entry);
      reply(entry, res);
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { connection: { server: `http://127.0.0.1:${port}`, token: 'secret-token' }, seen };
}

afterEach(async () => {
  const running = server;
  server = null;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
});

const json = (res: import('node:http').ServerResponse, code: number, body: unknown) => {
  res.writeHead(code, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
};

describe('formatResourcePath', () => {
  it('builds core, grouped, namespaced and subresource paths', () => {
    expect(
      formatResourcePath({ group: '', version: 'v1', resource: 'namespaces', name: 'x' }),
    ).toBe('/api/v1/namespaces/x');
    expect(
      formatResourcePath({
        group: 'apps',
        version: 'v1',
        resource: 'deployments',
        namespace: 'ns',
        name: 'd',
        subresource: 'status',
      }),
    ).toBe('/apis/apps/v1/namespaces/ns/deployments/d/status');
  });
});

describe('objects', () => {
  it('sends the bearer token and write options, and returns plain JSON', async () => {
    const { connection, seen } = await startServer((_s, res) =>
      json(res, 201, { kind: 'Namespace', metadata: { name: 'x' } }),
    );
    const created = await createObject(
      connection,
      { group: '', version: 'v1', resource: 'namespaces' },
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } },
      { fieldManager: 'kubectl-create', fieldValidation: 'Strict' },
    );
    expect(created.metadata?.name).toBe('x');
    expect(seen[0]!.method).toBe('POST');
    expect(seen[0]!.url).toBe(
      '/api/v1/namespaces?fieldManager=kubectl-create&fieldValidation=Strict',
    );
    expect(seen[0]!.headers.authorization).toBe('Bearer secret-token');
    expect(JSON.parse(seen[0]!.body)).toMatchObject({ kind: 'Namespace' });
  });

  it('also reaches a cluster named by a kubeconfig document', async () => {
    const { connection, seen } = await startServer((_s, res) =>
      json(res, 200, { kind: 'Namespace' }),
    );
    const server = (connection as { server: string }).server;
    const kubeconfig = [
      'apiVersion: v1',
      'kind: Config',
      'clusters: [{name: c, cluster: {server: "' + server + '"}}]',
      'users: [{name: u, user: {token: from-kubeconfig}}]',
      'contexts: [{name: x, context: {cluster: c, user: u}}]',
      'current-context: x',
    ].join('\n');
    await getObject(
      { kubeconfig },
      { group: '', version: 'v1', resource: 'namespaces', name: 'n' },
    );
    expect(seen[0]!.headers.authorization).toBe('Bearer from-kubeconfig');
  });

  it('sends strategic merge patches with their content type, deletes in the background', async () => {
    const { connection, seen } = await startServer((_s, res) =>
      json(res, 200, { kind: 'Deployment' }),
    );
    const address = {
      group: 'apps',
      version: 'v1',
      resource: 'deployments',
      namespace: 'ns',
      name: 'd',
    };
    await patchObject(connection, address, { spec: { replicas: 2 } }, 'strategic');
    await deleteObject(connection, address);
    expect(seen[0]!.headers['content-type']).toBe('application/strategic-merge-patch+json');
    expect(seen[1]!.method).toBe('DELETE');
    expect(JSON.parse(seen[1]!.body)).toEqual({ propagationPolicy: 'Background' });
  });

  it('turns a Status answer into a ClusterApiError with its reason', async () => {
    const { connection } = await startServer((_s, res) =>
      json(res, 404, {
        kind: 'Status',
        status: 'Failure',
        reason: 'NotFound',
        message: 'namespaces "x" not found',
        code: 404,
      }),
    );
    const failure = getObject(connection, {
      group: '',
      version: 'v1',
      resource: 'namespaces',
      name: 'x',
    });
    await expect(failure).rejects.toBeInstanceOf(ClusterApiError);
    await expect(failure).rejects.toMatchObject({
      code: 404,
      status: { reason: 'NotFound', message: 'namespaces "x" not found' },
    });
  });

  it('fills in a Status like client-go when the server sends none', async () => {
    const { connection } = await startServer((_s, res) => {
      res.writeHead(404);
      res.end('404 page not found');
    });
    await expect(
      getObject(connection, { group: '', version: 'v1', resource: 'pods', name: 'p' }),
    ).rejects.toMatchObject({
      status: { reason: 'NotFound', message: 'the server could not find the requested resource' },
    });
  });

  it('says the connection was refused in kubectl’s words', async () => {
    const { connection } = await startServer((_s, res) => json(res, 200, {}));
    const running = server!;
    server = null;
    running.closeAllConnections();
    await new Promise((resolve) => running.close(resolve));
    await expect(
      getObject(connection, { group: '', version: 'v1', resource: 'pods', name: 'p' }),
    ).rejects.toThrow(
      /^The connection to the server 127\.0\.0\.1:\d+ was refused - did you specify the right host or port\?$/,
    );
  });
});

describe('watchObjects', () => {
  it('delivers events line by line and stops when asked', async () => {
    const { connection, seen } = await startServer((_s, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"type":"ADDED","object":{"metadata":{"name":"a"}}}\n{"type":"MODI');
      setTimeout(() => res.write('FIED","object":{"metadata":{"name":"a"}}}\n'), 20);
    });
    const events: string[] = [];
    await watchObjects(
      connection,
      { group: '', version: 'v1', resource: 'pods', namespace: 'ns' },
      { resourceVersion: '5' },
      (type, o) => {
        events.push(`${type} ${o.metadata?.name}`);
        return events.length === 2 ? 'stop' : undefined;
      },
    );
    expect(events).toEqual(['ADDED a', 'MODIFIED a']);
    expect(seen[0]!.url).toContain('watch=true');
    expect(seen[0]!.url).toContain('resourceVersion=5');
  });

  it('rejects on an ERROR event (an expired resource version)', async () => {
    const { connection } = await startServer((_s, res) => {
      res.writeHead(200);
      res.end(
        '{"type":"ERROR","object":{"kind":"Status","code":410,"reason":"Expired","message":"too old resource version"}}\n',
      );
    });
    await expect(
      watchObjects(connection, { group: '', version: 'v1', resource: 'pods' }, {}, () => undefined),
    ).rejects.toMatchObject({ code: 410, status: { reason: 'Expired' } });
  });
});
