/**
 * wetty: socket.io events as its browser client uses them (`input` out; `data`, `login`,
 * `logout` in; `commit` to acknowledge drawn output for its flow control). The client is the
 * socket.io-client that wetty itself depends on, on the WebSocket transport a browser ends on.
 */
import path from 'node:path';
import { io } from 'socket.io-client';
import { createOutputFanout } from './output-fanout';
import type { SystemUnderTest, TerminalConnection } from './types';

/** wetty's browser client acknowledges output in steps of this many characters. */
const COMMIT_EVERY = 256 * 1024;

function connectWetty(url: string, index: number): Promise<TerminalConnection> {
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  const output = createOutputFanout();
  let uncommitted = 0;
  socket.on('data', (text: string) => {
    output.emit(text);
    uncommitted += text.length;
    if (uncommitted >= COMMIT_EVERY) {
      uncommitted -= COMMIT_EVERY;
      socket.emit('commit', COMMIT_EVERY);
    }
  });
  socket.on('logout', () => console.error(`wetty terminal ${index}: the shell exited`));
  return new Promise((resolve, reject) => {
    socket.once('connect_error', reject);
    // `login` means wetty has spawned the shell and listens for input.
    socket.once('login', () =>
      resolve({
        send: (keys) => void socket.emit('input', keys),
        onOutput: output.onOutput,
        close: () => void socket.close(),
      }),
    );
  });
}

export const wetty: SystemUnderTest = {
  name: 'wetty',
  description: 'wetty 3.2 (`wetty --command bash`): express + socket.io + node-pty',
  serverEntry: path.join(import.meta.dirname, '..', 'servers', 'wetty-server.ts'),
  serverArgs: () => [],
  connect: connectWetty,
};
