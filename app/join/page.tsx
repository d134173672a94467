/**
 * The join page: a new learner picks a display name (and types the event code when the instructor
 * set one); a returning learner types their resume code, or arrives with it in the link
 * (`/join?resume=CODE`). Reads the session cookie only to say "you are already signed in".
 */
import type { Metadata } from 'next';
import { chapters } from '@/content';
import { getAuthContext } from '@/server/auth/auth-context';
import { readCurrentLearner } from '@/server/auth/current-learner';
import { JoinForms } from './join-forms';

export const metadata: Metadata = {
  title: 'Join the workshop',
  description:
    'Pick a display name to get your own cluster space, or come back with your resume code.',
};

type SearchParams = { resume?: string | string[] };

export default async function JoinPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await readCurrentLearner();
  const { resume } = await searchParams;
  const context = await getAuthContext();
  const firstChapter = chapters[0];

  return (
    <main
      id="main-content"
      tabIndex={-1}
      className="mx-auto max-w-2xl px-4 py-12 outline-none sm:px-6"
    >
      <h1 className="text-3xl font-bold tracking-tight text-stone-900 dark:text-stone-50">
        Join the workshop
      </h1>
      <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">
        You get a private cluster space for the labs. Your progress is saved, and a resume code
        brings you back on any device.
      </p>
      <JoinForms
        eventCodeRequired={Boolean(context.config.eventCode)}
        initialResumeCode={typeof resume === 'string' ? resume.slice(0, 64) : ''}
        signedInAs={me?.displayName ?? null}
        continueHref={firstChapter ? `/learn/${firstChapter.slug}` : '/'}
        continueLabel={firstChapter ? `Continue to “${firstChapter.title}”` : 'Continue'}
      />
    </main>
  );
}
