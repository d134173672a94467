/**
 * /instructor: the live dashboard for a workshop's instructor. Without the instructor cookie it
 * shows the token form; with it, the server renders the current grid and the client keeps it live.
 */
import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import { InstructorDashboard } from '@/components/instructor/instructor-dashboard';
import { InstructorLoginForm } from '@/components/instructor/instructor-login-form';
import { getAuthContext } from '@/server/auth/auth-context';
import { INSTRUCTOR_COOKIE, tokensMatch } from '@/server/auth/instructor-token';
import { listCourseTasks } from '@/server/instructor/course-tasks';
import { loadDashboardSnapshot } from '@/server/instructor/load-dashboard';

export const metadata: Metadata = {
  title: 'Instructor dashboard',
  robots: { index: false, follow: false },
};

export const dynamic = 'force-dynamic';

export default async function InstructorPage() {
  const cookie = (await cookies()).get(INSTRUCTOR_COOKIE)?.value;
  const context = await getAuthContext();
  const expected = context.config.instructorToken;
  const signedIn = Boolean(expected && cookie && tokensMatch(cookie, expected));

  return (
    <main
      id="main-content"
      tabIndex={-1}
      className="mx-auto max-w-7xl px-4 py-10 outline-none sm:px-6"
    >
      <h1 className="text-3xl font-bold tracking-tight text-stone-900 dark:text-stone-50">
        Instructor dashboard
      </h1>
      {!expected ? (
        <p className="mt-4 max-w-2xl text-stone-700 dark:text-stone-300">
          The dashboard is closed: start the site with <code>INSTRUCTOR_TOKEN</code> set to a secret
          of your choice, then open this page again and enter it.
        </p>
      ) : signedIn ? (
        <div className="mt-6">
          <InstructorDashboard
            initial={await loadDashboardSnapshot(context.db, {
              tasks: listCourseTasks(),
              now: context.now(),
            })}
            joinUrl={await readJoinUrl()}
          />
        </div>
      ) : (
        <InstructorLoginForm />
      )}
    </main>
  );
}

async function readJoinUrl(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host');
  if (!host) return '/join';
  const proto = h.get('x-forwarded-proto') ?? 'http';
  return `${proto}://${host}/join`;
}
