/**
 * One simulated learner at the event: joins, opens a terminal, types the whole lab key by key
 * (the heredoc pasted, as people copy it from the page), presses every Check, answers the Q&A, and
 * finally proves that its sandbox still holds its own marker object and nobody else's. Survives a
 * site restart by reconnecting and retyping the phase its new shell had not finished.
 */
import { performance } from 'node:perf_hooks';
import {
  answerQuiz,
  joinSite,
  learnerAddress,
  readCompletedTasks,
  runCheck,
  type HttpTarget,
} from './http-client';
import { LAB_PHASES, LAB_TASK_IDS, QUIZ, QUIZ_CHECK_ID, type LabCommand } from './lab-script';
import { LearnerTerminal, ShellReplacedError } from './terminal-client';

/** A latency and when it was taken (performance.now() ms), so windows can be told apart. */
export type Sample = { at: number; ms: number };

export type Metrics = {
  echo: Sample[];
  command: Sample[];
  check: Sample[];
  errors: string[];
};

export type LearnerPlan = {
  index: number;
  port: number;
  /** Mean gap between keys, ms (each gap is 0.5–1.5 × this). */
  keyGapMs: number;
  /** Drop this learner's socket once mid-lab (network fault). */
  dropSocket: boolean;
  giveUpAt: number;
  metrics: Metrics;
  /** Told the learner's session cookie as soon as it has joined. */
  onJoined?: (index: number, cookie: string) => void;
};

export type LearnerOutcome = {
  index: number;
  learnerId: string;
  cookie: string;
  marker: string;
  finished: boolean;
  phaseRetries: number;
  reconnects: number;
  /** Reconnects that got the same shell back. */
  resumedCount: number;
  freshShells: number;
  /** Marker objects of other learners seen in this learner's cluster (must stay empty). */
  foreignMarkers: string[];
  ownMarkerFound: boolean;
  completed: string[];
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const COMMAND_TIMEOUT_MS = 90_000;

/** Retries an HTTP call while the site is down (restart window), up to the learner's deadline. */
async function untilAnswered<T>(
  plan: LearnerPlan,
  what: string,
  call: () => Promise<T>,
): Promise<T> {
  for (;;) {
    try {
      return await call();
    } catch (err) {
      if (performance.now() > plan.giveUpAt) throw err;
      plan.metrics.errors.push(`${what}: ${(err as Error).message} (retried)`);
      await sleep(1000);
    }
  }
}

async function typeCommand(
  terminal: LearnerTerminal,
  command: LabCommand,
  plan: LearnerPlan,
  dropAfterEnter: boolean,
): Promise<void> {
  const generation = terminal.generation;
  if (command.paste) {
    const mark = terminal.mark();
    await terminal.paste(command.text);
    // The shell echoes the block with continuation prompts; wait for the last line to show.
    await terminal.waitForText(/EOF/, mark, 30_000, 'the pasted heredoc', generation);
  } else {
    for (const key of command.text) {
      const ms = await terminal.typeKey(key, 10_000, generation);
      plan.metrics.echo.push({ at: performance.now(), ms });
      await sleep(plan.keyGapMs * (0.5 + Math.random()));
    }
  }
  if (dropAfterEnter) setTimeout(() => terminal.drop(), 5);
  const ms = await terminal.enter(COMMAND_TIMEOUT_MS, generation);
  plan.metrics.command.push({ at: performance.now(), ms });
}

async function pressCheck(plan: LearnerPlan, target: HttpTarget, cookie: string, taskId: string) {
  const result = await untilAnswered(plan, `check ${taskId}`, () =>
    runCheck(target, cookie, taskId),
  );
  if (result.status === 200) plan.metrics.check.push({ at: performance.now(), ms: result.ms });
  if (result.status !== 200) plan.metrics.errors.push(`check ${taskId}: HTTP ${result.status}`);
  return result;
}

export async function runLearner(plan: LearnerPlan): Promise<LearnerOutcome> {
  const target: HttpTarget = { port: plan.port, localAddress: learnerAddress(plan.index) };
  const displayName = `Learner ${plan.index + 1}`;
  const joined = await untilAnswered(plan, 'join', () => joinSite(target, displayName));
  plan.onJoined?.(plan.index, joined.cookie);
  const marker = `bench-marker-${plan.index}-${joined.learnerId.slice(0, 8).toLowerCase()}`;
  const outcome: LearnerOutcome = {
    index: plan.index,
    learnerId: joined.learnerId,
    cookie: joined.cookie,
    marker,
    finished: false,
    phaseRetries: 0,
    reconnects: 0,
    resumedCount: 0,
    freshShells: 0,
    foreignMarkers: [],
    ownMarkerFound: false,
    completed: [],
  };
  const terminal = new LearnerTerminal({
    port: plan.port,
    localAddress: target.localAddress,
    cookie: joined.cookie,
    giveUpAt: plan.giveUpAt,
  });
  await terminal.open();
  try {
    const markerCommand = { text: `kubectl create configmap ${marker} -n default` };
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await runPhase(plan, terminal, [markerCommand], -1)) break;
    }
    for (const [i, phase] of LAB_PHASES.entries()) {
      if (phase.name === 'clean-up') {
        await untilAnswered(plan, 'quiz', () =>
          answerQuiz(target, joined.cookie, QUIZ.quizId, QUIZ.answer),
        );
        await pressCheck(plan, target, joined.cookie, QUIZ_CHECK_ID);
      }
      for (let attempt = 0; ; attempt++) {
        const dropAt = plan.dropSocket && phase.name === 'deploy' && attempt === 0 ? 4 : -1;
        const typed = await runPhase(plan, terminal, phase.commands, dropAt);
        const result = await pressCheck(plan, target, joined.cookie, phase.checkId);
        if (typed && result.passed) break;
        if (attempt >= 3) {
          plan.metrics.errors.push(
            `learner ${plan.index}: ${phase.name} still failing: ${result.failing.join('; ')}`,
          );
          break;
        }
        outcome.phaseRetries += 1;
        // A phase cut short by a restart may have left the previous phase undone too.
        if (i > 0 && !typed) await runPhase(plan, terminal, LAB_PHASES[i - 1]!.commands, -1);
      }
    }
    // The listing is retried: a listing that never printed proves nothing about the objects.
    let listing = '';
    for (let attempt = 0; attempt < 3 && !listing.includes('configmap/'); attempt++) {
      const mark = terminal.mark();
      const typed = await runPhase(
        plan,
        terminal,
        [{ text: 'kubectl get configmaps -n default -o name' }],
        -1,
      );
      listing = typed ? terminal.textSince(mark) : '';
    }
    const seen = [...listing.matchAll(/configmap\/(bench-marker-[\w-]+)/g)].map((m) => m[1]!);
    outcome.ownMarkerFound = seen.includes(marker);
    outcome.foreignMarkers = [...new Set(seen.filter((name) => name !== marker))];
    outcome.finished = true;
  } finally {
    outcome.reconnects = terminal.reconnects;
    outcome.resumedCount = terminal.resumed;
    outcome.freshShells = terminal.generation - 1;
    terminal.errors.forEach((e) => plan.metrics.errors.push(`terminal ${plan.index}: ${e}`));
    terminal.close();
  }
  const progress = await untilAnswered(plan, 'progress', () =>
    readCompletedTasks(target, joined.cookie),
  );
  outcome.completed = progress.completed;
  if (progress.learnerId !== joined.learnerId)
    outcome.foreignMarkers.push(`progress of ${progress.learnerId}`);
  return outcome;
}

/** Types commands in order; false when the shell was replaced midway (the caller types again). */
async function runPhase(
  plan: LearnerPlan,
  terminal: LearnerTerminal,
  commands: LabCommand[],
  dropAt: number,
): Promise<boolean> {
  try {
    for (const [i, command] of commands.entries()) {
      await typeCommand(terminal, command, plan, i === dropAt);
    }
    return true;
  } catch (err) {
    if (!(err instanceof ShellReplacedError)) {
      plan.metrics.errors.push(
        `learner ${plan.index}: ${(err as Error).message.slice(0, 200)}; the screen ended ${JSON.stringify(terminal.screenTail())}`,
      );
      // Clear whatever is half-typed or still running before the caller tries again.
      await sleep(500);
      await terminal.typeKey('\x03').catch(() => undefined);
    }
    return false;
  }
}

export function isComplete(outcome: LearnerOutcome): boolean {
  return LAB_TASK_IDS.every((id) => outcome.completed.includes(id));
}
