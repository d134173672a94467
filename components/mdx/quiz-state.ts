/** What a quiz remembers between visits, and how an answer is judged. Pure, so it is unit-tested. */

export type QuizChoice = { id: string; label: string };

export const quizStorageKey = (quizId: string) => `workshop-quiz:${quizId}`;

/** The stored choice, if it is still one of the quiz's choices (choices may change between edits). */
export function parseStoredChoice(
  stored: string | null,
  choices: QuizChoice[],
): string | undefined {
  if (!stored) return undefined;
  try {
    const value: unknown = JSON.parse(stored);
    const choice =
      value && typeof value === 'object' && 'choice' in value
        ? (value as { choice: unknown }).choice
        : undefined;
    return typeof choice === 'string' && choices.some((c) => c.id === choice) ? choice : undefined;
  } catch {
    return undefined;
  }
}

export function serializeChoice(choice: string): string {
  return JSON.stringify({ choice, at: new Date().toISOString() });
}

/** Refuses a quiz whose answer is not among its choices, naming what is there. */
export function validateQuiz(id: string, choices: QuizChoice[], answer: string): void {
  if (!id) throw new Error('<Quiz> needs an id (it keys the saved answer)');
  if (choices.length < 2) throw new Error(`<Quiz id="${id}"> needs at least two choices`);
  const ids = choices.map((c) => c.id);
  if (new Set(ids).size !== ids.length) {
    throw new Error(`<Quiz id="${id}"> has duplicate choice ids: ${ids.join(', ')}`);
  }
  if (!ids.includes(answer)) {
    throw new Error(
      `<Quiz id="${id}"> answer "${answer}" is not one of its choices: ${ids.join(', ')}`,
    );
  }
}
