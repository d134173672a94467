'use client';
/**
 * Reports, for the instructor's dashboard, that a learner opened a task and how long they spend on
 * it: the task whose card most recently scrolled into view is the one being worked on, and while
 * the page is visible its time is sent every minute. Readers who have not joined send nothing.
 */
import { useEffect, useRef } from 'react';

const SLICE_MS = 60_000;

/** The task the learner is on now, shared by every reporter of the page. */
let currentTask: string | null = null;
let signedOut = false;

/** Progress reports are only worth sending live; offline, the learner's answers have the queue. */
function canReport(): boolean {
  return !signedOut && navigator.onLine;
}

async function report(body: object): Promise<void> {
  if (!canReport()) return;
  const res = await fetch('/api/progress', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).catch(() => null);
  if (res?.status === 401) signedOut = true;
}

export function TaskTimeReporter({ lesson, taskId }: { lesson: string; taskId: string }) {
  const marker = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    const element = marker.current;
    if (!element) return;
    const key = `${lesson}#${taskId}`;
    let opened = false;
    let since = 0;
    const flush = () => {
      if (currentTask !== key || since === 0) return;
      const ms = Math.min(Date.now() - since, SLICE_MS * 5);
      since = document.visibilityState === 'visible' ? Date.now() : 0;
      if (ms >= 1000) void report({ event: 'time', lesson, taskId, ms });
    };
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      if (currentTask !== key) {
        currentTask = key;
        since = Date.now();
      }
      if (!opened && canReport()) {
        opened = true;
        void report({ event: 'opened', lesson, taskId });
      }
    });
    observer.observe(element);
    const timer = setInterval(flush, SLICE_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'visible') since = currentTask === key ? Date.now() : 0;
      else flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      flush();
      observer.disconnect();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [lesson, taskId]);

  return <span ref={marker} aria-hidden="true" data-task-reporter={taskId} />;
}
