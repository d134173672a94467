import { describe, expect, it } from 'vitest';
import { adaptCommandForLearner, renderCommandForLearner } from './cluster-commands';

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
  it('explains that the workspace namespace already exists', () => {
    const adapted = adaptCommandForLearner('kubectl create namespace cfostest', ns);
    expect(adapted.command).toBe(`kubectl create namespace ${ns}`);
    expect(adapted.note).toContain(`"${ns}" already exists`);
  });

  it('explains that the workshop deletes the namespace', () => {
    const adapted = adaptCommandForLearner('kubectl delete namespace cfostest', ns);
    expect(adapted.note).toContain('deletes');
    expect(adapted.note).toContain(ns);
  });

  it('adds no note to ordinary commands', () => {
    expect(adaptCommandForLearner('kubectl get pods -n cfostest', ns)).toEqual({
      command: `kubectl get pods -n ${ns}`,
    });
  });
});
