/**
 * Lesson 7: the hands-on lab "Fix the cFOS boot permission issue". Its task ids are the ids of the
 * server-side checks (checkId equals id), so renaming one here means renaming the check too. The
 * solutions are the lab's commands from lab-script.ts, the same the lesson body shows.
 */
import { defineLesson } from '@/content/schema';
import { taskCommands } from './lab-script';

export default defineLesson({
  slug: 'lab-fix-cfos-boot-permissions',
  title: 'Lab: fix the cFOS boot permission issue',
  order: 7,
  minutes: 10,
  summary:
    'Deploy the cFOS firewall with only NET_RAW, watch iptables get refused, fix the securityContext with NET_ADMIN, clean up, and decide whether cFOS needs privileged mode.',
  tasks: [
    {
      id: 'prepare',
      title: 'Prepare the namespace, pull secret and service account',
      goal: 'Namespace cfostest holds the cfosimagepullsecret and the cfos-serviceaccount, which is bound to the configmap-reader and secrets-reader cluster roles.',
      checkId: 'prepare',
      solution: taskCommands('prepare').join('\n'),
    },
    {
      id: 'deploy-net-raw',
      title: 'Deploy cFOS with NET_RAW only',
      goal: 'cfos7210250-deployment runs as root with only NET_RAW added, and iptables -t nat -L -v inside its pod is refused.',
      checkId: 'deploy-net-raw',
      solution: taskCommands('deploy-net-raw').join('\n'),
    },
    {
      id: 'fix-permissions',
      title: 'Add NET_ADMIN and make iptables work',
      goal: 'The Deployment adds NET_RAW and NET_ADMIN without privileged mode, the new pod has rolled out, and iptables lists the nat chains.',
      checkId: 'fix-permissions',
      solution: taskCommands('fix-permissions').join('\n'),
    },
    {
      id: 'clean-up',
      title: 'Clean up',
      goal: 'The cfostest namespace and the configmap-reader and secrets-reader cluster roles are gone.',
      // A learner may delete neither their namespace nor the shared cluster roles there.
      clusterGoal:
        'The lab objects are gone from your namespace {namespace}: the Deployment and its pods, the pull secret, the service account and its role bindings.',
      checkId: 'clean-up',
      solution: taskCommands('clean-up').join('\n'),
    },
    {
      id: 'qa-privileged',
      title: 'Q&A: does cFOS need privileged: true?',
      goal: 'Answer whether cFOS must run in privileged mode, and read why.',
      checkId: 'qa-privileged',
      solution:
        "No: NET_ADMIN and NET_RAW are enough. With privileged: false, adding those two capabilities let iptables work. Privileged mode would grant every capability and the host's devices, far more than a firewall needs, and the baseline Pod Security Standard refuses it.",
    },
  ],
});
