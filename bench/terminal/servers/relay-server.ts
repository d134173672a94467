/**
 * The floor: the least a web terminal can do. One `ws` server; each connection spawns bash in a
 * pseudo-terminal (node-pty) and bytes are piped both ways with no protocol, buffering or flow
 * control. Nothing real can be faster on the same machine, so the others are compared to it.
 */
import type { AddressInfo } from 'node:net';
import pty from 'node-pty';
import { WebSocketServer } from 'ws';
import { announceFailure, announceReady, startProbe } from './probe';

function startRelay() {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  wss.on('connection', (socket) => {
    const shell = pty.spawn('bash', [], {
      name: 'xterm-256color',
      cols: 80,
      rows: 30,
      cwd: process.cwd(),
      env: process.env as Record<string, string>,
    });
    shell.onData((data) => socket.send(data));
    shell.onExit(() => socket.close());
    socket.on('message', (data) => shell.write(data.toString()));
    socket.on('close', () => shell.kill());
  });
  wss.on('listening', () => {
    const { port } = wss.address() as AddressInfo;
    startProbe(() => {
      for (const socket of wss.clients) socket.terminate();
      wss.close();
    });
    announceReady(`ws://127.0.0.1:${port}/`);
  });
  wss.on('error', announceFailure);
}

startRelay();
