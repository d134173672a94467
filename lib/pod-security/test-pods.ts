/** Pod builders for the Pod Security tests: a restricted-compliant pod, changed one field at a time. */

type Json = Record<string, unknown>;

/** A pod that meets restricted at every version; tests break it one field at a time. */
export function restrictedPod(): Json {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web' },
    spec: {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        {
          name: 'app',
          image: 'nginx',
          securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
        },
      ],
    },
  };
}

/** Applies `change` to a fresh restricted pod's spec (and metadata) and returns the pod. */
export function podWith(change: (spec: Json, metadata: Json) => void): Json {
  const pod = restrictedPod();
  change(pod.spec as Json, pod.metadata as Json);
  return pod;
}

export function container(spec: Json, index = 0): Json {
  return (spec.containers as Json[])[index]!;
}

export function containerContext(spec: Json, index = 0): Json {
  return container(spec, index).securityContext as Json;
}

export function podContext(spec: Json): Json {
  return spec.securityContext as Json;
}
