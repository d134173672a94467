/**
 * Runs one short command in the learner's workstation pod and collects its output. The editor's
 * file access and Apply go through here, so they work the same on the sandbox and on a real
 * cluster (where the workstation is a real pod with bash and kubectl).
 */
import { execInContainer } from '../cluster/exec-stream';
import type { Workspaces } from './workspaces';

export type WorkstationRun = { stdout: string; stderr: string; exitCode: number };

/** Output past this is dropped: the editor handles files, not floods. */
const MAX_OUTPUT_CHARS = 512 * 1024;

export async function runInWorkstation(
  workspaces: Workspaces,
  learnerId: string,
  script: string,
  stdin?: string,
): Promise<WorkstationRun> {
  const ws = await workspaces.open(learnerId);
  const decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
  const out = { stdout: '', stderr: '' };
  const input =
    stdin === undefined
      ? null
      : (async function* () {
          yield new TextEncoder().encode(stdin);
        })();
  const exitCode = await execInContainer(
    ws.connection,
    { ...ws.workstation, command: ['bash', '-c', script], tty: false },
    {
      stdin: input,
      write(stream, data) {
        if (out[stream].length < MAX_OUTPUT_CHARS) {
          out[stream] += decoders[stream].decode(data, { stream: true });
        }
      },
    },
  );
  return { ...out, exitCode };
}
