/**
 * Standalone sandbox: `npm run sandbox -- --port P --kubeconfig FILE [--data-dir DIR]` serves one
 * admin cluster on 127.0.0.1:P, writes a kubeconfig for it to FILE, prints a line containing
 * `ready`, and stops cleanly on SIGTERM or SIGINT.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createSandbox } from './index';

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      kubeconfig: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run sandbox -- --port P --kubeconfig FILE [--data-dir DIR]');
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, got "${values.port}"`);
  }
  const sandbox = await createSandbox({ port, dataDir: values['data-dir'] });
  if (values.kubeconfig)
    await writeFile(values.kubeconfig, sandbox.adminKubeconfig(), { mode: 0o600 });
  console.log(
    `sandbox ready on ${sandbox.url}${values.kubeconfig ? ` (kubeconfig: ${values.kubeconfig})` : ''}`,
  );

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  console.error(`sandbox: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
