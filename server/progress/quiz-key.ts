/**
 * Grades quiz answers on the server. The answer key is the lesson itself: each `<Quiz id answer
 * choices>` in a lesson's MDX body. Bodies are read from the content folder once per lesson and
 * cached; a server that keeps content elsewhere installs its own grader with setQuizGrader.
 */
import { readLessonSource } from '@/components/lesson/read-lesson-source';
import { outlineLessonBody } from '@/content/kubernetes-security/authoring/outline-lesson-body';

export type QuizKey = { quizId: string; answer: string; choices: string[] };
export type QuizGrader = (lesson: string, quizId: string) => Promise<QuizKey | undefined>;

const KEY = Symbol.for('workshop.quiz-grader');
type Holder = { [KEY]?: QuizGrader };

const LESSON_REF = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const cache = new Map<string, Promise<Map<string, QuizKey>>>();

export function setQuizGrader(grader: QuizGrader | undefined): void {
  (globalThis as Holder)[KEY] = grader;
}

/** The quiz's key, or undefined when the lesson or quiz does not exist. */
export function findQuizKey(lesson: string, quizId: string): Promise<QuizKey | undefined> {
  const grader = (globalThis as Holder)[KEY] ?? readQuizKeyFromContent;
  return grader(lesson, quizId);
}

async function readQuizKeyFromContent(lesson: string, quizId: string) {
  const match = LESSON_REF.exec(lesson);
  if (!match) return undefined;
  let keys = cache.get(lesson);
  if (!keys) {
    keys = loadLessonQuizzes(match[1] as string, match[2] as string);
    cache.set(lesson, keys);
    keys.catch(() => cache.delete(lesson));
  }
  return (await keys).get(quizId);
}

async function loadLessonQuizzes(chapter: string, lesson: string): Promise<Map<string, QuizKey>> {
  const keys = new Map<string, QuizKey>();
  // An unknown chapter or lesson simply has no quizzes: the route answers 404 for the quiz.
  const source = await readLessonSource(chapter, lesson).catch(() => '');
  if (!source) return keys;
  const outline = await outlineLessonBody(source);
  for (const use of outline.components) {
    if (use.name !== 'Quiz') continue;
    const { id, answer, choices } = use.attributes;
    if (typeof id !== 'string' || typeof answer !== 'string') continue;
    const choiceIds = Array.isArray(choices)
      ? choices.flatMap((c) =>
          c && typeof c === 'object' && !Array.isArray(c) && typeof c.id === 'string' ? [c.id] : [],
        )
      : [];
    keys.set(id, { quizId: id, answer, choices: choiceIds });
  }
  return keys;
}
