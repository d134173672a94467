/**
 * The signed-in learner's `GET /api/me` answer, fetched once per page and shared by everything on
 * it that needs it (progress marks, lesson commands). Null for a reader who has not joined, or
 * when offline. Browser-only.
 */

let pending: Promise<unknown> | null = null;

/** The answer's JSON; `fresh` asks again (after a check passed, progress changed). */
export function loadMeAnswer(fresh = false): Promise<unknown> {
  if (!pending || fresh) {
    pending = fetch('/api/me', { cache: 'no-store' })
      .then((res) => (res.ok ? res.json() : null))
      .catch(() => null);
  }
  return pending;
}
