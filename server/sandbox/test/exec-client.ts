/** A minimal v5 exec client for tests: runs a command and returns stdout, stderr and the status. */
import { WebSocket } from 'ws';

export function execIn(
  url: string,
  token: string,
  pod: { namespace: string; name: string; container?: string },
  command: string[],
): Promise<{ stdout: string; stderr: string; status: Record<string, unknown> }> {
  const query = new URLSearchParams({ stdout: 'true', stderr: 'true' });
  for (const c of command) query.append('command', c);
  if (pod.container) query.set('container', pod.container);
  const path = `/api/v1/namespaces/${pod.namespace}/pods/${pod.name}/exec?${query}`;
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}${path}`, ['v5.channel.k8s.io'], {
      headers: { authorization: `Bearer ${token}` },
    });
    let stdout = '';
    let stderr = '';
    let status: Record<string, unknown> = {};
    ws.on('message', (data: Buffer) => {
      const body = data.subarray(1).toString();
      if (data[0] === 1) stdout += body;
      else if (data[0] === 2) stderr += body;
      else if (data[0] === 3) status = JSON.parse(body) as Record<string, unknown>;
    });
    ws.on('close', () => resolve({ stdout, stderr, status }));
    ws.on('error', reject);
  });
}
