/**
 * The lab's commands, kept once. The lesson body shows them (lab.test.ts holds every bash block of
 * body.mdx to this module), the task cards offer them as solutions, and the tests, end-to-end runs
 * and the load bench type them. Plain strings rather than text read from body.mdx, so the browser
 * bundle and Playwright can import it too.
 */

const SERVICE_ACCOUNT_FILE =
  '$scriptDir/k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml';

export const CFOS_IMAGE = 'fortinetwandy.azurecr.io/cfos:255';

/** The heredoc's body: the shell replaces `$cfosimage` as it writes the file. */
const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: cfos7210250-deployment
  labels:
    app: cfos
spec:
  replicas: 1
  selector:
    matchLabels:
      app: cfos
  template:
    metadata:
      labels:
        app: cfos
    spec:
      serviceAccountName: cfos-serviceaccount
      securityContext:
        runAsUser: 0
      containers:
      - name: cfos7210250-container
        image: $cfosimage
        securityContext:
          allowPrivilegeEscalation: false
          privileged: false
          capabilities:
            add: ["NET_RAW"]
        ports:
        - containerPort: 80
        volumeMounts:
        - mountPath: /data
          name: data-volume
      volumes:
      - name: data-volume
        emptyDir: {}`;

/** Each command as the learner types it; `writeDeployment` is the whole heredoc, EOF included. */
export const LAB_COMMANDS = {
  cdHome: 'cd $HOME',
  createNamespace: 'kubectl create namespace cfostest',
  applyPullSecret: 'kubectl apply -f cfosimagepullsecret.yaml -n cfostest',
  createServiceAccount: `kubectl create -f ${SERVICE_ACCOUNT_FILE} -n cfostest`,
  setImage: `cfosimage="${CFOS_IMAGE}"`,
  writeDeployment: `cat << EOF | tee > cfos7210250-deployment.yaml\n${MANIFEST}\nEOF`,
  applyDeployment: 'kubectl apply -f cfos7210250-deployment.yaml -n cfostest',
  waitForRollout: 'kubectl rollout status deployment cfos7210250-deployment -n cfostest',
  setIptablesCommand: 'cmd="iptables -t nat -L -v"',
  findPod:
    "podname=$(kubectl get pod -n cfostest -l app=cfos -o jsonpath='{.items[*].metadata.name}')",
  execIptables: 'kubectl exec -it po/$podname -n cfostest -- $cmd',
  addNetAdmin: `sed -i 's/add: \\["NET_RAW"\\]/add: ["NET_RAW","NET_ADMIN"]/' cfos7210250-deployment.yaml`,
  replaceDeployment: 'kubectl replace -f cfos7210250-deployment.yaml -n cfostest',
  deleteNamespace: 'kubectl delete namespace cfostest',
  deleteServiceAccountFile: `kubectl delete -f ${SERVICE_ACCOUNT_FILE} -n cfostest`,
} as const;

export type LabCommandName = keyof typeof LAB_COMMANDS;

const RUN_IPTABLES: LabCommandName[] = ['setIptablesCommand', 'findPod', 'execIptables'];

/** The commands of each checked task, in lesson order (the keys are the lesson's task ids). */
const TASKS = {
  prepare: ['cdHome', 'createNamespace', 'applyPullSecret', 'createServiceAccount'],
  'deploy-net-raw': [
    'setImage',
    'writeDeployment',
    'applyDeployment',
    'waitForRollout',
    ...RUN_IPTABLES,
  ],
  'fix-permissions': ['addNetAdmin', 'replaceDeployment', 'waitForRollout', ...RUN_IPTABLES],
  'clean-up': ['deleteNamespace', 'deleteServiceAccountFile'],
} satisfies Record<string, LabCommandName[]>;

export type LabTaskId = keyof typeof TASKS;
export type LabStep = { task: LabTaskId; name: LabCommandName; command: string };

/** The whole lab in order, one step per command typed at the prompt. */
export const LAB_STEPS: LabStep[] = Object.entries(TASKS).flatMap(([task, names]) =>
  names.map((name) => ({ task: task as LabTaskId, name, command: LAB_COMMANDS[name] })),
);

/** One task's steps, in order. */
export function taskSteps(task: LabTaskId): LabStep[] {
  return LAB_STEPS.filter((s) => s.task === task);
}

/** One task's commands, in order. */
export function taskCommands(task: LabTaskId): string[] {
  return taskSteps(task).map((s) => s.command);
}

/** The file the heredoc writes: `$cfosimage` expanded, a newline after the last line. */
export const LAB_DEPLOYMENT_YAML = `${MANIFEST.replace('$cfosimage', CFOS_IMAGE)}\n`;
