/** The bare relay: raw bytes over `ws`, one bash per connection (servers/relay-server.ts). */
import path from 'node:path';
import WebSocket from 'ws';
import { createOutputFanout } from './output-fanout';
import type { SystemUnderTest, TerminalConnection } from './types';

function connectRelay(url: string): Promise<TerminalConnection> {
  const ws = new WebSocket(url);
  const output = createOutputFanout();
  ws.on('message', (raw) => {
    const text = raw.toString();
    output.emit(text);
  });
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () =>
      resolve({
        send: (keys) => ws.send(keys),
        onOutput: output.onOutput,
        close: () => ws.close(),
      }),
    );
  });
}

export const relay: SystemUnderTest = {
  name: 'relay',
  description: 'bare node-pty ↔ ws relay to bash (the floor)',
  serverEntry: path.join(import.meta.dirname, '..', 'servers', 'relay-server.ts'),
  serverArgs: () => [],
  connect: connectRelay,
};
