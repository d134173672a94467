import { describe, expect, it } from 'vitest';
import type { KubectlEnvironment } from './environment';
import { runKubectl } from './index';

/** An environment whose cluster is never reached: these commands fail or succeed locally. */
async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const env: KubectlEnvironment = {
    access: { server: 'http://127.0.0.1:9', token: 't', namespace: 'default' },
    cwd: '/home/learner',
    home: '/home/learner',
    readFile: async (path) => {
      throw new Error(`no such file: ${path}`);
    },
    writeFile: async () => {},
    stdin: null,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    terminal: null,
    signal: new AbortController().signal,
  };
  const code = await runKubectl(argv, env);
  return { stdout, stderr, code };
}

describe('runKubectl dispatch', () => {
  it('suggests a command for a typo, as cobra does', async () => {
    expect(await run(['gte', 'pods'])).toEqual({
      stdout: '',
      stderr: 'error: unknown command "gte" for "kubectl"\n\nDid you mean this?\n\tget\n',
      code: 1,
    });
  });

  it('rejects unknown flags before and after the command', async () => {
    expect((await run(['--bogus'])).stderr).toBe(
      "error: unknown flag: --bogus\nSee 'kubectl --help' for usage.\n",
    );
    expect((await run(['-n', 'x', 'get', 'pods', '-z'])).stderr).toBe(
      "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n",
    );
  });

  it('reports unknown subcommands of a group', async () => {
    expect((await run(['rollout', 'foo'])).stderr).toBe(
      'error: unknown command "foo"\nSee \'kubectl rollout -h\' for help and examples\n',
    );
  });

  it('prints help with exit code 0', async () => {
    const help = await run([]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Available Commands:');
    expect((await run(['get', '--help'])).stdout).toContain('Usage:\n  kubectl get');
  });

  it('fails on a missing file before contacting the server', async () => {
    expect(await run(['apply', '-f', 'nope.yaml'])).toEqual({
      stdout: '',
      stderr: 'error: the path "nope.yaml" does not exist\n',
      code: 1,
    });
  });

  it('says when the server cannot be reached', async () => {
    const result = await run(['get', 'pods']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'The connection to the server 127.0.0.1:9 was refused - did you specify the right host or port?\n',
    );
  });
});
