/**
 * The lab "Fix cFOS boot permission issue" as a learner types it, split into the phases that end
 * with a Check. Each phase starts from the home folder and sets the shell variables it uses, so a
 * learner whose shell was replaced (site restart) can type the phase again and get the same result.
 */
import {
  LAB_COMMANDS,
  taskCommands,
  type LabTaskId,
} from '@/content/kubernetes-security/07-lab-fix-cfos-boot-permissions/lab-script';

export const LAB = 'kubernetes-security/lab-fix-cfos-boot-permissions';
export const QUIZ = { quizId: 'qa-privileged', answer: 'no' } as const;

/** One thing typed at the prompt: keys one by one, or a block pasted at once (the heredoc). */
export type LabCommand = { text: string; paste?: boolean };
export type LabPhase = { name: string; commands: LabCommand[]; checkId: string };

/** Typed, or pasted when it spans lines (the heredoc), the way people copy it from the page. */
function commands(task: LabTaskId, fromHome: boolean): LabCommand[] {
  const texts = [...(fromHome ? [LAB_COMMANDS.cdHome] : []), ...taskCommands(task)];
  return texts.map((text) => (text.includes('\n') ? { text, paste: true } : { text }));
}

export const LAB_PHASES: LabPhase[] = [
  { name: 'prepare', checkId: 'prepare', commands: commands('prepare', false) },
  { name: 'deploy', checkId: 'deploy-net-raw', commands: commands('deploy-net-raw', true) },
  { name: 'fix', checkId: 'fix-permissions', commands: commands('fix-permissions', true) },
  { name: 'clean-up', checkId: 'clean-up', commands: commands('clean-up', false) },
];

/** The Q&A's own Check, pressed after answering. */
export const QUIZ_CHECK_ID = 'qa-privileged';

/** Every task a finished learner shows as completed. */
export const LAB_TASK_IDS = [...LAB_PHASES.map((p) => p.checkId), QUIZ_CHECK_ID];
