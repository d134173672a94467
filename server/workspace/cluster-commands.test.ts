import { describe, expect, it } from 'vitest';
import {
  adaptCommandForLearner,
  adaptCommandForWorkspace,
  renderCommandForLearner,
} from './cluster-commands';

const ns = 'learner-0123456789abcdef';

describe('renderCommandForLearner', () => {
  it.each([
    ['kubectl apply -f x.yaml -n cfostest', `kubectl apply -f x.yaml -n ${ns}`],
    ['kubectl get po -n=cfostest', `kubectl get po -n=${ns}`],
    ['kubectl get po --namespace cfostest', `kubectl get po --namespace ${ns}`],
    ['kubectl get po --namespace=cfostest -o yaml', `kubectl get po --namespace=${ns} -o yaml`],
    ['kubectl get po -n "cfostest"', `kubectl get po -n "${ns}"`],
    ['kubectl create namespace cfostest', `kubectl create namespace ${ns}`],
    ['kubectl delete ns cfostest', `kubectl delete ns ${ns}`],
    ['kubectl get namespace/cfostest', `kubectl get namespace/${ns}`],
    [
      "podname=$(kubectl get pod -n cfostest -l app=cfos -o jsonpath='{.items[*].metadata.name}')",
      `podname=$(kubectl get pod -n ${ns} -l app=cfos -o jsonpath='{.items[*].metadata.name}')`,
    ],
    [
      'kubectl exec -it po/$podname -n cfostest -- $cmd',
      `kubectl exec -it po/$podname -n ${ns} -- $cmd`,
    ],
  ])('rewrites %s', (input, expected) => {
    expect(renderCommandForLearner(input, ns)).toBe(expected);
  });

  it.each([
    'kubectl apply -f cfostest.yaml',
    'kubectl get po -n cfostest-old',
    'kubectl get po -n cfostest.example',
    'echo cfostest',
    'kubectl get po -n other',
  ])('leaves %s alone', (input) => {
    expect(renderCommandForLearner(input, ns)).toBe(input);
  });

  it('rewrites every occurrence in a multi-line script', () => {
    const script =
      'kubectl replace -f d.yaml -n cfostest\nkubectl rollout status deployment d -n cfostest';
    expect(renderCommandForLearner(script, ns)).toBe(
      `kubectl replace -f d.yaml -n ${ns}\nkubectl rollout status deployment d -n ${ns}`,
    );
  });

  it('accepts another lesson namespace', () => {
    expect(renderCommandForLearner('kubectl get po -n demo', ns, 'demo')).toBe(
      `kubectl get po -n ${ns}`,
    );
  });
});

describe('adaptCommandForLearner', () => {
  it('turns the namespace creation into a comment and explains that the workspace exists', () => {
    const adapted = adaptCommandForLearner('cd $HOME\nkubectl create namespace cfostest', ns);
    expect(adapted.command).toBe(`cd $HOME\n# your namespace ${ns} already exists`);
    expect(adapted.note).toContain(`"${ns}" already exists`);
  });

  it('replaces the namespace deletion with deleting the lab objects inside it', () => {
    const adapted = adaptCommandForLearner(
      'kubectl delete namespace cfostest\nkubectl delete -f $scriptDir/sa.yaml -n cfostest',
      ns,
    );
    expect(adapted.command).toBe(
      `kubectl delete deployment/cfos7210250-deployment secret/cfosimagepullsecret --ignore-not-found -n ${ns}\n` +
        `kubectl delete -f $scriptDir/sa.yaml -n ${ns}`,
    );
    expect(adapted.note).toContain('deletes it when your session ends');
    expect(adapted.note).toContain(ns);
  });

  it('only rewrites a namespace step that is a whole line about the lesson namespace', () => {
    const adapted = adaptCommandForLearner(
      'kubectl create namespace cfostest --dry-run=client',
      ns,
    );
    expect(adapted.command).toBe(`kubectl create namespace ${ns} --dry-run=client`);
    expect(adapted.note).toBeDefined();
  });

  it('adds no note to ordinary commands', () => {
    expect(adaptCommandForLearner('kubectl get pods -n cfostest', ns)).toEqual({
      command: `kubectl get pods -n ${ns}`,
    });
  });
});

describe('adaptCommandForWorkspace', () => {
  it('leaves commands verbatim in the sandbox', () => {
    const command = 'kubectl create namespace cfostest';
    expect(adaptCommandForWorkspace(command, { mode: 'sandbox' })).toEqual({ command });
  });

  it('adapts them to the learner namespace in cluster mode', () => {
    const adapted = adaptCommandForWorkspace('kubectl get po -n cfostest', {
      mode: 'cluster',
      namespace: ns,
    });
    expect(adapted.command).toBe(`kubectl get po -n ${ns}`);
  });
});
