import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { ProcessIO } from '../runtime/process';
import { execOverPort } from './exec-port';

/** The site's side of an exec, with the worker's side played by the test over a real port. */
function siteSide(write: ProcessIO['write']) {
  const { port1, port2 } = new MessageChannel();
  const abort = new AbortController();
  const io: ProcessIO = {
    stdin: null,
    write,
    size: () => null,
    onResize: () => () => {},
    signal: abort.signal,
  };
  const started = execOverPort(
    port1,
    () => {},
    'token',
    {
      namespace: 'workstation',
      pod: 'workstation',
      container: 'shell',
      command: ['bash'],
      tty: true,
    },
    io,
  );
  return { worker: port2, started, abort };
}

describe('exec over a port: the site side', () => {
  it('writes output one piece at a time, in order, while the terminal is full', async () => {
    let active = 0;
    let most = 0;
    const written: string[] = [];
    const release: (() => void)[] = [];
    const { worker, started } = siteSide(async (_stream, data) => {
      active += 1;
      most = Math.max(most, active);
      await new Promise<void>((resolve) => release.push(resolve));
      written.push(String(data));
      active -= 1;
    });
    worker.postMessage({ t: 'started' });
    await started;
    for (let i = 0; i < 20; i++) worker.postMessage({ t: 'out', stream: 'stdout', data: `${i},` });
    while (written.length < 20) {
      await new Promise((r) => setTimeout(r, 5));
      release.splice(0).forEach((go) => go());
    }
    expect(most).toBe(1);
    expect(written.join('')).toBe(Array.from({ length: 20 }, (_, i) => `${i},`).join(''));
    worker.close();
  });

  it('rejects with the worker’s words when the exec is refused', async () => {
    const { worker, started } = siteSide(async () => {});
    worker.postMessage({ t: 'refused', message: 'pods "nope" not found' });
    await expect(started).rejects.toThrow('pods "nope" not found');
  });
});
