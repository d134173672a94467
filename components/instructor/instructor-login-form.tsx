'use client';
/**
 * Unlocks the dashboard: the instructor types INSTRUCTOR_TOKEN once, the server answers with an
 * HttpOnly cookie, and the page reloads as the dashboard.
 */
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { postJson } from '@/app/join/post-json';
import { primaryButton } from './styles';

export function InstructorLoginForm() {
  const router = useRouter();
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setPending(true);
    setError(null);
    const result = await postJson('/api/instructor/login', { token });
    setPending(false);
    if (!result.ok) {
      setError(result.problem.error);
      return;
    }
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="mt-6 max-w-md space-y-4">
      <div>
        <label
          htmlFor="instructor-token"
          className="block font-medium text-stone-900 dark:text-stone-100"
        >
          Instructor token
        </label>
        <p id="instructor-token-hint" className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          The value of INSTRUCTOR_TOKEN on the workshop server.
        </p>
        <input
          id="instructor-token"
          type="password"
          autoComplete="current-password"
          value={token}
          onChange={(e) => setToken(e.target.value)}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={
            error ? 'instructor-token-error instructor-token-hint' : 'instructor-token-hint'
          }
          className={`mt-2 block w-full rounded-lg border bg-white px-3 py-2 dark:bg-stone-900 ${
            error ? 'border-red-600 dark:border-red-500' : 'border-stone-300 dark:border-stone-700'
          }`}
        />
        {error && (
          <p
            id="instructor-token-error"
            role="alert"
            className="mt-2 text-sm font-medium text-red-700 dark:text-red-400"
          >
            {error}
          </p>
        )}
      </div>
      <button type="submit" className={primaryButton} disabled={pending}>
        {pending ? 'Checking…' : 'Open the dashboard'}
      </button>
    </form>
  );
}
