/**
 * Integration: the lesson's lab typed into the workstation shell, with the real workstation
 * kubectl, against a real sandbox API server on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '@/server/sandbox';
import { createExecRequest, createFakeTerminal } from './testing/fake-terminal';
import { createWorkstationProgram } from './workstation-program';

const PROMPT = '\x1b[?2004hlearner@workstation:~$ ';

let sandbox: Sandbox;
let token: string;

beforeAll(async () => {
  sandbox = await createSandbox({
    port: 0,
    clusterOptions: {
      timing: { pullMs: 20, startMs: 10, backOffNoticeMs: 10, backOffMs: 20, createRetryMs: 20 },
    },
  });
  token = (await sandbox.provisionLearnerCluster(`workstation-lab-${process.pid}`)).token;
});

afterAll(async () => {
  await sandbox?.close();
});

describe('the cFOS lab in the workstation shell', () => {
  it('runs the lesson commands verbatim, from the failing iptables to the fixed one', async () => {
    const program = createWorkstationProgram();
    const terminal = createFakeTerminal();
    const request = createExecRequest(['bash']);
    request.cluster = { server: sandbox.url, token, namespace: 'default' };
    const exit = program(request, terminal.io);
    await terminal.expect(PROMPT);
    const run = async (line: string) => {
      terminal.type(`${line}\r`);
      await terminal.expect('\x1b[?2004l');
      const shown = await terminal.expect(PROMPT, 20_000);
      return shown.slice(0, -PROMPT.length);
    };
    expect(await run('cd $HOME')).toBe('');
    expect(await run('kubectl create namespace cfostest')).toBe('namespace/cfostest created\r\n');
    expect(await run('kubectl apply -f cfosimagepullsecret.yaml -n cfostest')).toBe(
      'secret/cfosimagepullsecret created\r\n',
    );
    const created = await run(
      'kubectl create -f $scriptDir/k8s-201-workshop/scripts/cfos/Task1_1_create_cfos_serviceaccount.yaml -n cfostest',
    );
    expect(created).toContain('serviceaccount/cfos-serviceaccount created');
    await run('cfosimage="fortinetwandy.azurecr.io/cfos:255"');
    const manifest = `cat << EOF | tee > cfos7210250-deployment.yaml
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
    // Pasted as one block, the way a learner copies it from the lesson.
    terminal.type(`\x1b[200~${manifest.replace(/\n/g, '\r')}\r\x1b[201~`);
    await terminal.expect(PROMPT);
    expect(await run('kubectl apply -f cfos7210250-deployment.yaml -n cfostest')).toBe(
      'deployment.apps/cfos7210250-deployment created\r\n',
    );
    expect(
      await run('kubectl rollout status deployment cfos7210250-deployment -n cfostest'),
    ).toContain('successfully rolled out');
    await run('cmd="iptables -t nat -L -v"');
    await run(
      "podname=$(kubectl get pod -n cfostest -l app=cfos -o jsonpath='{.items[*].metadata.name}')",
    );
    expect(await run('echo $podname')).toMatch(/^cfos7210250-deployment-[a-z0-9]+-[a-z0-9]+\r\n$/);
    expect(await run('kubectl exec -it po/$podname -n cfostest -- $cmd')).toContain(
      "can't initialize iptables table `nat': Permission denied (you must be root)",
    );
    await run(
      `sed -i 's/add: \\["NET_RAW"\\]/add: ["NET_RAW","NET_ADMIN"]/' cfos7210250-deployment.yaml`,
    );
    expect(await run('kubectl replace -f cfos7210250-deployment.yaml -n cfostest')).toBe(
      'deployment.apps/cfos7210250-deployment replaced\r\n',
    );
    expect(
      await run('kubectl rollout status deployment cfos7210250-deployment -n cfostest'),
    ).toContain('successfully rolled out');
    await run(
      "podname=$(kubectl get pod -n cfostest -l app=cfos -o jsonpath='{.items[*].metadata.name}')",
    );
    expect(await run('kubectl exec -it po/$podname -n cfostest -- $cmd')).toContain(
      'Chain PREROUTING',
    );
    terminal.type('exit\r');
    await expect(exit).resolves.toEqual({ exitCode: 0 });
  }, 60_000);
});
