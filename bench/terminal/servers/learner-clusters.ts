/**
 * The sandbox with the simulated workstation and N provisioned learners, either inside the
 * calling process (as the site runs it) or in a child process of its own (an experiment: does
 * giving the shells their own event loop, like wetty's bash processes, change the tail?).
 * Run as a script, this file is that child: it provisions and sends the kubeconfigs over IPC.
 */
import { fork } from 'node:child_process';
import { createSandbox } from '@/server/sandbox';
import { createContainerRuntime } from '@/server/sandbox/runtime';
import { createWorkstationProgram } from '@/server/sandbox/workstation';
import type { OpenExec } from '@/server/cluster/exec';
import { createSandboxTerminalExec } from '@/server/workspace/sandbox-terminal-exec';

export type LearnerClusters = {
  /** Learner id → kubeconfig reaching that learner's cluster. */
  kubeconfigs: Map<string, string>;
  /** In-process: the terminal's exec the site uses in sandbox mode (none: exec over the network). */
  openExec?: OpenExec;
  close(): Promise<void>;
};

export async function provisionInProcess(learners: number): Promise<LearnerClusters> {
  const sandbox = await createSandbox({
    runtime: createContainerRuntime({
      images: { 'workshop/workstation': createWorkstationProgram() },
    }),
    // No simulated image pull: the workstation pods are running by the time terminals open.
    clusterOptions: { timing: { pullMs: 0, startMs: 0 } },
  });
  const kubeconfigs = new Map<string, string>();
  for (let i = 0; i < learners; i++) {
    const id = `bench-${i}`;
    kubeconfigs.set(id, (await sandbox.provisionLearnerCluster(id)).kubeconfig);
  }
  // Let the controllers finish starting the workstation pods so the clusters are idle.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return {
    kubeconfigs,
    openExec: createSandboxTerminalExec(sandbox),
    close: () => sandbox.close(),
  };
}

export function provisionInChildProcess(learners: number): Promise<LearnerClusters> {
  const child = fork(import.meta.filename, [String(learners)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the sandbox process exited (${code})`)));
    child.once('message', (raw) => {
      const entries = raw as [string, string][];
      resolve({
        kubeconfigs: new Map(entries),
        close: async () => void child.kill(),
      });
    });
  });
}

if (process.argv[1] === import.meta.filename && process.send) {
  provisionInProcess(Number(process.argv[2] ?? 1)).then(
    (clusters) => process.send!([...clusters.kubeconfigs]),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
  process.on('disconnect', () => process.exit(0));
}
