/**
 * The prompt, as Debian's default bash shows it: `learner@workstation:~/dir$ `.
 */
import { HOME, HOSTNAME, USER } from './home/home-layout';

export const CONTINUATION_PROMPT = '> ';

export function formatPrompt(cwd: string, home = HOME): string {
  const where =
    cwd === home ? '~' : cwd.startsWith(`${home}/`) ? `~${cwd.slice(home.length)}` : cwd;
  return `${USER}@${HOSTNAME}:${where}$ `;
}
