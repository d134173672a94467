/**
 * The browser's calls for the editor: the learner's workstation files and Apply. The server
 * derives the learner's space from the session cookie; nothing here names a namespace or pod.
 */
export type WorkspaceFile = { path: string };
export type FileContent = { path: string; content: string; starting: string | null };
export type AppliedObject = {
  kind: string;
  name: string;
  namespace: string | null;
  action: 'created' | 'configured' | 'unchanged';
};
export type ApplyOutcome = { dryRun: boolean; objects: AppliedObject[] };

async function send<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init?.headers ?? {}) },
  });
  const body = (await res.json().catch(() => ({}))) as { error?: string } & T;
  if (!res.ok) throw new Error(body.error ?? `The server answered ${res.status}.`);
  return body;
}

export const workspaceApi = {
  listFiles: () => send<{ files: WorkspaceFile[] }>('/api/workspace/files').then((r) => r.files),
  readFile: (path: string) =>
    send<FileContent>(`/api/workspace/file?path=${encodeURIComponent(path)}`),
  saveFile: (path: string, content: string) =>
    send<{ ok: true }>('/api/workspace/file', {
      method: 'PUT',
      body: JSON.stringify({ path, content }),
    }),
  apply: (path: string, content: string, dryRun: boolean) =>
    send<ApplyOutcome>('/api/workspace/apply', {
      method: 'POST',
      body: JSON.stringify({ path, content, dryRun }),
    }),
};
