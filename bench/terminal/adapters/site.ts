/**
 * The site's own terminal: the JSON protocol of server/terminal/protocol.ts over `ws`, with the
 * acknowledgements the browser's connection sends (components/terminal/ack-policy.ts).
 */
import path from 'node:path';
import WebSocket from 'ws';
import { ACK_DELAY_MS, ACK_EVERY_CHARS } from '@/components/terminal/ack-policy';
import type { ClientMessage, ServerMessage } from '@/server/terminal/protocol';
import { createOutputFanout } from './output-fanout';
import type { SystemUnderTest, TerminalConnection } from './types';

function connectSite(url: string, index: number): Promise<TerminalConnection> {
  const origin = new URL(url.replace(/^ws/, 'http')).origin;
  const ws = new WebSocket(`${url}?columns=80&rows=30`, {
    headers: { origin, 'x-bench-learner': `bench-${index}` },
  });
  const output = createOutputFanout();
  let drawn = 0;
  let acked = 0;
  let ackTimer: ReturnType<typeof setTimeout> | null = null;
  const send = (message: ClientMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  };
  const sendAck = () => {
    if (ackTimer) clearTimeout(ackTimer);
    ackTimer = null;
    if (drawn > acked) send({ type: 'ack', offset: (acked = drawn) });
  };
  const draw = (text: string) => {
    output.emit(text);
    if (drawn - acked >= ACK_EVERY_CHARS) sendAck();
    else ackTimer ??= setTimeout(sendAck, ACK_DELAY_MS);
  };
  ws.on('message', (raw) => {
    const message = JSON.parse(raw.toString()) as ServerMessage;
    if (message.type === 'output') {
      drawn += message.data.length;
      draw(message.data);
    } else if (message.type === 'replay') {
      drawn = message.offset;
      draw(message.data);
    } else if (message.type === 'error' || message.type === 'ended') {
      console.error(`site terminal ${index}: ${message.message}`);
    }
  });
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) =>
      reject(new Error(`site terminal ${index}: HTTP ${res.statusCode}`)),
    );
    ws.once('open', () =>
      resolve({
        send: (keys) => send({ type: 'input', data: keys }),
        onOutput: output.onOutput,
        close: () => {
          if (ackTimer) clearTimeout(ackTimer);
          ws.close();
        },
      }),
    );
  });
}

const serverEntry = path.join(import.meta.dirname, '..', 'servers', 'site-server.ts');

export const site: SystemUnderTest = {
  name: 'site',
  description:
    "this site's terminal route → in-process exec into the embedded sandbox → simulated workstation shell, all in one process as `npm start` runs them",
  serverEntry,
  serverArgs: (terminals) => [String(terminals)],
  connect: connectSite,
};

/** An experiment, not a configuration the site ships: the same path with the sandbox in a child process. */
export const siteSplit: SystemUnderTest = {
  ...site,
  name: 'site-split',
  description:
    'experiment: the same route, with the sandbox and its simulated shells in a second process reached by exec over the network (client-node, WebSocket v5 over TLS)',
  serverArgs: (terminals) => [String(terminals), '--split'],
};
