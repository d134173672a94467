/** POSTs JSON to the site's API and returns either the data or the server's problem description. */

export type ApiProblem = { error: string; field?: string; code?: string; status: number };
export type ApiResult<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

export async function postJson<T = unknown>(url: string, body: unknown): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return {
      ok: false,
      problem: {
        error: 'Could not reach the workshop server: check your connection and try again.',
        status: 0,
      },
    };
  }
  const data = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (res.ok) return { ok: true, data: data as T };
  return {
    ok: false,
    problem: {
      error: typeof data.error === 'string' ? data.error : `The server answered ${res.status}.`,
      field: typeof data.field === 'string' ? data.field : undefined,
      code: typeof data.code === 'string' ? data.code : undefined,
      status: res.status,
    },
  };
}
