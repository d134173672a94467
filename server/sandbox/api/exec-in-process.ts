/**
 * Exec without a network: the same authentication, target resolution and container runtime as
 * the `pods/<name>/exec` WebSocket, called directly by the site that embeds the sandbox.
 *
 * Why: the site's terminal runs in the same process as the sandbox. Over the WebSocket every key
 * and every echo would be framed, encrypted (kubeconfigs use https), decrypted and unframed twice
 * inside one event loop; measured at 200 terminals that relaying was the site's bottleneck. The
 * caller's ProcessIO carries backpressure both ways: the program pulls stdin when it is ready and
 * waits on `write` while the consumer is full.
 */
import type { ContainerRuntime, ExecResult, ProcessIO } from '../runtime/process';
import { StatusError } from '../store/status-error';
import { resolveExecTarget } from './exec-target';
import { parseRoute } from './routes';
import type { ResolveTenant } from './server';

/** What to run, named as an exec request names it (the pod's namespace and name, the container). */
export type InProcessExecRequest = {
  namespace: string;
  pod: string;
  container: string;
  command: string[];
  tty: boolean;
};

/** A program that has started; `done` settles when it ends. */
export type StartedExec = { done: Promise<ExecResult> };

/**
 * Starts the program, or rejects with the API server's words when the request is refused (no
 * such pod, container not running, unknown token) — before anything runs.
 */
export type ExecInProcess = (
  token: string,
  request: InProcessExecRequest,
  io: ProcessIO,
) => Promise<StartedExec>;

export function createInProcessExec(
  resolve: ResolveTenant,
  runtime: () => ContainerRuntime,
): ExecInProcess {
  return async (token, request, io) => {
    const path = `/api/v1/namespaces/${encodeURIComponent(request.namespace)}/pods/${encodeURIComponent(request.pod)}/exec`;
    const resolved = resolve(token, path);
    if (!resolved) throw new StatusError(401, 'Unauthorized', 'Unauthorized');
    // Service-account tokens are authorised per request by RBAC, which reads HTTP headers; the
    // in-process path serves only cluster owners (the learner's own credential), who may exec.
    if (resolved.tenant.user) {
      throw new StatusError(
        403,
        'Forbidden',
        'in-process exec serves the cluster owner only; use the exec endpoint',
      );
    }
    const route = parseRoute(resolved.path);
    if (route.kind !== 'resource' || !route.namespace || !route.name) {
      throw new StatusError(400, 'BadRequest', 'exec needs a pod in a namespace');
    }
    const query = new URLSearchParams({
      container: request.container,
      stdin: io.stdin ? 'true' : 'false',
      tty: request.tty ? 'true' : 'false',
    });
    for (const arg of request.command) query.append('command', arg);
    const target = resolveExecTarget(resolved.tenant.cluster, route.namespace, route.name, query);
    const access = resolved.tenant.access;
    const done = runtime().exec(
      {
        pod: target.pod,
        container: target.container,
        command: target.command,
        tty: target.tty,
        ...(access ? { cluster: { ...access, namespace: route.namespace } } : {}),
      },
      io,
    );
    return { done };
  };
}
