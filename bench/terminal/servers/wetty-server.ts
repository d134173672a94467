/**
 * wetty as its own command line runs it (`wetty --command bash`), inside a process that also
 * carries the measuring probe. wetty is an executable, not a library with a port to ask for, so
 * this picks a free loopback port, hands wetty the usual flags, and waits until it answers HTTP.
 */
import { createRequire } from 'node:module';
import { connect, createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { announceFailure, announceReady, startProbe } from './probe';

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function startWetty() {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'wetty runs its --command directly only as root; as another user it opens an ssh login ' +
        'instead, which is not what this bench compares. Run the bench as root (e.g. in the container).',
    );
  }
  const port = await findFreePort();
  process.argv = [
    process.argv[0]!,
    'wetty',
    ...['--command', 'bash', '--host', '127.0.0.1', '--port', String(port)],
    // Its default log level writes a line per HTTP request; the bench does not read them.
    ...['--log-level', 'warn'],
  ];
  // The package exports only its library entry; the command line is the `main.js` beside it.
  const library = createRequire(import.meta.url).resolve('wetty');
  await import(pathToFileURL(path.join(path.dirname(library), 'main.js')).href);
  for (let tries = 0; !(await isListening(port)); tries++) {
    if (tries > 200) throw new Error(`wetty did not listen on port ${port} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  startProbe();
  announceReady(`http://127.0.0.1:${port}`);
}

startWetty().catch(announceFailure);
