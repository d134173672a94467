/** A problem that belongs to no field on screen (rate limit, server trouble), shown as an alert. */
import type { ApiProblem } from './post-json';

export function FormProblem({ problem, fields }: { problem: ApiProblem | null; fields: string[] }) {
  if (!problem || (problem.field && fields.includes(problem.field))) return null;
  return (
    <p
      role="alert"
      className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
    >
      {problem.error}
    </p>
  );
}
