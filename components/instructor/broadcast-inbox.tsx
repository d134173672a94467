'use client';
/**
 * The instructor's messages in a learner's page: polls /api/broadcasts for new ones and shows
 * them in a polite live region, each with a dismiss button. Dismissed messages stay dismissed
 * across pages (the last dismissed id is kept in localStorage). Renders nothing for visitors who
 * are not signed in, asking only now and then until they are.
 * The region is an aria-live landmark, not role="status": pages keep role="status" for their own
 * outcome (a check's result), and a second status on every page would blur that contract.
 */
import { useEffect, useState } from 'react';

type Message = { id: number; text: string; createdAt: string };

const POLL_MS = 4000;
const SIGNED_OUT_POLL_MS = 20_000;
const SEEN_KEY = 'workshop-broadcasts-dismissed';

function readDismissed(): number {
  try {
    return Number(localStorage.getItem(SEEN_KEY) ?? 0) || 0;
  } catch {
    return 0;
  }
}

export function BroadcastInbox() {
  const [messages, setMessages] = useState<Message[]>([]);
  const [signedIn, setSignedIn] = useState(false);

  useEffect(() => {
    let after = readDismissed();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = async () => {
      try {
        const res = await fetch(`/api/broadcasts?after=${after}`, { credentials: 'same-origin' });
        if (res.status === 401) {
          // Not signed in (yet): ask again now and then, since joining does not reload the layout.
          setSignedIn(false);
          if (!stopped) timer = setTimeout(() => void poll(), SIGNED_OUT_POLL_MS);
          return;
        }
        if (res.ok) {
          setSignedIn(true);
          const { broadcasts } = (await res.json()) as { broadcasts: Message[] };
          if (broadcasts.length > 0) {
            after = Math.max(after, ...broadcasts.map((b) => b.id));
            setMessages((current) => [...current, ...broadcasts].slice(-5));
          }
        }
      } catch {
        // Offline for a moment: the next poll tries again.
      }
      if (!stopped) timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  const dismiss = (id: number) => {
    setMessages((current) => current.filter((m) => m.id !== id));
    try {
      localStorage.setItem(SEEN_KEY, String(Math.max(readDismissed(), id)));
    } catch {
      // Storage may be off; the message then comes back on the next page, which is harmless.
    }
  };

  if (!signedIn) return null;
  return (
    <aside
      aria-live="polite"
      aria-label="Messages from your instructor"
      className="pointer-events-none fixed right-4 bottom-4 z-40 flex w-[min(24rem,calc(100vw-2rem))] flex-col gap-2 print:hidden"
    >
      {messages.map((m) => (
        <div
          key={m.id}
          className="pointer-events-auto rounded-xl border border-teal-300 bg-white p-4 shadow-lg dark:border-teal-700 dark:bg-stone-900"
        >
          <p className="text-xs font-semibold tracking-wide text-teal-800 uppercase dark:text-teal-300">
            From your instructor
          </p>
          <p className="mt-1 whitespace-pre-wrap text-stone-900 dark:text-stone-100">{m.text}</p>
          <button
            type="button"
            onClick={() => dismiss(m.id)}
            className="mt-2 rounded text-sm font-semibold text-teal-800 underline-offset-2 hover:underline dark:text-teal-300"
          >
            Dismiss
          </button>
        </div>
      ))}
    </aside>
  );
}
