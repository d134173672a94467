/**
 * The lab "Fix cFOS boot permission issue" as a learner types it, split into the phases that end
 * with a Check. Each phase starts from the home folder and sets the shell variables it uses, so a
 * learner whose shell was replaced (site restart) can type the phase again and get the same result.
 */
export const LAB = 'kubernetes-security/lab-fix-cfos-boot-permissions';
export const QUIZ = { quizId: 'qa-privileged', answer: 'no' } as const;

/** One thing typed at the prompt: keys one by one, or a block pasted at once (the heredoc). */
export type LabCommand = { text: string; paste?: boolean };
export type LabPhase = { name: string; commands: LabCommand[]; checkId: string };

const SA_FILE = '$scriptDir/k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml';

const DEPLOYMENT_HEREDOC = `cat << EOF | tee > cfos7210250-deployment.yaml
apiVersion: apps/v1
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
        emptyDir: {}
EOF`;

const EXEC_IPTABLES: LabCommand[] = [
  { text: 'cmd="iptables -t nat -L -v"' },
  {
    text: "podname=$(kubectl get pod -n cfostest -l app=cfos -o jsonpath='{.items[*].metadata.name}')",
  },
  { text: 'kubectl exec -it po/$podname -n cfostest -- $cmd' },
];

export const LAB_PHASES: LabPhase[] = [
  {
    name: 'prepare',
    checkId: 'prepare',
    commands: [
      { text: 'cd $HOME' },
      { text: 'kubectl create namespace cfostest' },
      { text: 'kubectl apply -f cfosimagepullsecret.yaml -n cfostest' },
      { text: `kubectl create -f ${SA_FILE} -n cfostest` },
    ],
  },
  {
    name: 'deploy',
    checkId: 'deploy-net-raw',
    commands: [
      { text: 'cd $HOME' },
      { text: 'cfosimage="fortinetwandy.azurecr.io/cfos:255"' },
      { text: DEPLOYMENT_HEREDOC, paste: true },
      { text: 'kubectl apply -f cfos7210250-deployment.yaml -n cfostest' },
      { text: 'kubectl rollout status deployment cfos7210250-deployment -n cfostest' },
      ...EXEC_IPTABLES,
    ],
  },
  {
    name: 'fix',
    checkId: 'fix-permissions',
    commands: [
      { text: 'cd $HOME' },
      {
        text: `sed -i 's/add: \\["NET_RAW"\\]/add: ["NET_RAW","NET_ADMIN"]/' cfos7210250-deployment.yaml`,
      },
      { text: 'kubectl replace -f cfos7210250-deployment.yaml -n cfostest' },
      { text: 'kubectl rollout status deployment cfos7210250-deployment -n cfostest' },
      ...EXEC_IPTABLES,
    ],
  },
  {
    name: 'clean-up',
    checkId: 'clean-up',
    commands: [
      { text: 'kubectl delete namespace cfostest' },
      { text: `kubectl delete -f ${SA_FILE} -n cfostest` },
    ],
  },
];

/** The Q&A's own Check, pressed after answering. */
export const QUIZ_CHECK_ID = 'qa-privileged';

/** Every task a finished learner shows as completed. */
export const LAB_TASK_IDS = [...LAB_PHASES.map((p) => p.checkId), QUIZ_CHECK_ID];
