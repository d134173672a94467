/** Task "qa-privileged": the learner answered whether cFOS needs privileged mode. */
import { step } from '../step';
import type { CheckDefinition } from '../types';
import { PRIVILEGED_QUIZ } from './constants';

export const qaPrivilegedCheck: CheckDefinition = {
  id: 'qa-privileged',
  title: 'Q&A: does cFOS need privileged: true?',
  async run({ learner }) {
    const answer = await learner.quizAnswer(PRIVILEGED_QUIZ);
    return [
      step(
        'The question is answered correctly',
        answer === 'no',
        'No: NET_ADMIN and NET_RAW are enough',
        answer === null ? 'not answered yet' : `answered "${answer}"`,
        answer === null
          ? 'Answer the question at the end of the lab.'
          : 'Think back to the fix: which two capabilities made iptables work, and was privileged ever set?',
      ),
    ];
  },
};
