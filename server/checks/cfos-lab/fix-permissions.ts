/** Task "fix-permissions": NET_ADMIN and NET_RAW added without privileged mode, and iptables works. */
import { skipped, step } from '../step';
import { addedCapabilities, firstContainer, podTemplateSpec, rolloutState } from '../pod-spec';
import type { CheckDefinition, CheckStep } from '../types';
import { DEPLOYMENT, LAB_NAMESPACE } from './constants';
import { findRunningCfosPod, firstLine, runIptables } from './running-pod';

export const fixPermissionsCheck: CheckDefinition = {
  id: 'fix-permissions',
  title: 'Fix the permission issue',
  async run({ cluster }) {
    const steps: CheckStep[] = [];
    const deployment = await cluster.get('apps/v1', 'Deployment', DEPLOYMENT, LAB_NAMESPACE);
    steps.push(
      step(
        `Deployment "${DEPLOYMENT}" exists`,
        deployment !== null,
        `deployment in namespace ${LAB_NAMESPACE}`,
        deployment ? 'found' : 'not found',
        'Deploy cFOS first (previous task).',
      ),
    );
    if (!deployment) return steps;

    const container = firstContainer(podTemplateSpec(deployment));
    const caps = addedCapabilities(container);
    const missing = ['NET_ADMIN', 'NET_RAW'].filter((c) => !caps.includes(c));
    steps.push(
      step(
        'Capabilities include NET_ADMIN and NET_RAW',
        missing.length === 0,
        'add: ["NET_RAW","NET_ADMIN"]',
        `capabilities.add: [${caps.join(', ')}]`,
        `Missing ${missing.join(' and ')}. Edit the add: list in cfos7210250-deployment.yaml, then kubectl replace -f cfos7210250-deployment.yaml -n ${LAB_NAMESPACE}`,
      ),
    );
    const sc = container?.securityContext ?? {};
    steps.push(
      step(
        'The container is not privileged',
        sc.privileged !== true,
        'privileged: false (or unset)',
        `privileged: ${String(sc.privileged ?? 'unset')}`,
        'Privileged mode grants every capability and host access; two capabilities are enough. Remove privileged: true.',
      ),
    );
    steps.push(
      step(
        'Privilege escalation is off',
        sc.allowPrivilegeEscalation === false,
        'allowPrivilegeEscalation: false',
        `allowPrivilegeEscalation: ${String(sc.allowPrivilegeEscalation ?? 'unset')}`,
        'Keep allowPrivilegeEscalation: false in the container securityContext.',
      ),
    );
    const rollout = rolloutState(deployment);
    steps.push(
      step(
        'The new pods rolled out',
        rollout.done,
        'all replicas updated and available',
        rollout.summary,
        `kubectl rollout status deployment ${DEPLOYMENT} -n ${LAB_NAMESPACE}`,
      ),
    );
    const pod = await findRunningCfosPod(cluster);
    if (!pod) {
      steps.push(
        skipped(
          'iptables works inside the pod',
          'a running cFOS pod',
          'No cFOS pod is running yet.',
        ),
      );
      return steps;
    }
    const result = await runIptables(cluster, pod);
    steps.push(
      step(
        'iptables -t nat -L -v works inside the pod',
        result.exitCode === 0 && result.stdout.includes('Chain PREROUTING'),
        'the nat chains (PREROUTING, INPUT, OUTPUT, POSTROUTING)',
        result.exitCode === 0 ? 'succeeded' : firstLine(result),
        'The running pod still lacks NET_ADMIN: replace the deployment and wait for the new pod.',
      ),
    );
    return steps;
  },
};
