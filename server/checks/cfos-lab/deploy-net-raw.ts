/** Task "deploy-net-raw": cFOS deployed with NET_RAW only, running as root, and iptables refused. */
import { skipped, step } from '../step';
import {
  addedCapabilities,
  effectiveRunAsUser,
  firstContainer,
  podTemplateSpec,
  rolloutState,
} from '../pod-spec';
import type { CheckDefinition, CheckStep } from '../types';
import { DEPLOYMENT, LAB_NAMESPACE } from './constants';
import { findRunningCfosPod, firstLine, runIptables } from './running-pod';

export const deployNetRawCheck: CheckDefinition = {
  id: 'deploy-net-raw',
  title: 'Deploy cFOS with NET_RAW and see iptables refused',
  async run({ cluster }) {
    const steps: CheckStep[] = [];
    const deployment = await cluster.get('apps/v1', 'Deployment', DEPLOYMENT, LAB_NAMESPACE);
    steps.push(
      step(
        `Deployment "${DEPLOYMENT}" exists`,
        deployment !== null,
        `deployment in namespace ${LAB_NAMESPACE}`,
        deployment ? 'found' : 'not found',
        `Write cfos7210250-deployment.yaml with the heredoc, then kubectl apply -f cfos7210250-deployment.yaml -n ${LAB_NAMESPACE}`,
      ),
    );
    if (!deployment) return steps;

    const spec = podTemplateSpec(deployment);
    const container = firstContainer(spec);
    const caps = addedCapabilities(container);
    steps.push(
      step(
        'The container adds NET_RAW',
        caps.includes('NET_RAW'),
        'capabilities.add contains "NET_RAW"',
        `capabilities.add: [${caps.join(', ')}]`,
        'Keep add: ["NET_RAW"] in the container securityContext for this step.',
      ),
    );
    const uid = effectiveRunAsUser(spec, container);
    steps.push(
      step(
        'The pod runs as root',
        uid === 0,
        'runAsUser 0',
        `runAsUser ${uid}`,
        'A firewall needs root: set securityContext.runAsUser: 0 on the pod.',
      ),
    );

    const rollout = rolloutState(deployment);
    steps.push(
      step(
        'The rollout finished',
        rollout.done,
        'all replicas updated and available',
        rollout.summary,
        `Wait with kubectl rollout status deployment ${DEPLOYMENT} -n ${LAB_NAMESPACE}; if it never finishes, kubectl describe pod shows why.`,
      ),
    );
    const pod = await findRunningCfosPod(cluster);
    if (!pod) {
      steps.push(
        skipped(
          'iptables is refused inside the pod',
          'a running cFOS pod',
          'No cFOS pod is running yet.',
        ),
      );
      return steps;
    }
    const result = await runIptables(cluster, pod);
    const refused =
      result.exitCode !== 0 && /Permission denied/.test(result.stderr + result.stdout);
    steps.push(
      step(
        'iptables -t nat -L -v is refused inside the pod',
        refused,
        'Permission denied (NET_RAW alone is not enough)',
        result.exitCode === 0 ? 'the command succeeded' : firstLine(result),
        caps.includes('NET_ADMIN')
          ? 'NET_ADMIN is already added, so iptables works: this task wanted you to see the failure first. Continue with the fix.'
          : 'Run the command yourself with kubectl exec and read the error.',
      ),
    );
    return steps;
  },
};
