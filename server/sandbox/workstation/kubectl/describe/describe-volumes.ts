/**
 * The Volumes and Tolerations sections of `kubectl describe`, shared by pods and pod templates.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- pod specs are read as loose JSON here */
import type { DescribeWriter } from './describe-writer';

type Any = Record<string, any>;

/** The Volumes section. */
export function writeVolumes(w: DescribeWriter, volumes: Any[] | undefined, indent: string) {
  if (!volumes || volumes.length === 0) {
    w.write(0, `${indent}Volumes:\t<none>\n`);
    return;
  }
  w.write(0, `${indent}Volumes:\n`);
  const nameIndent = indent ? ' ' : '';
  const at = (level: number, line: string) => w.write(level, line);
  for (const v of volumes) {
    at(1, `${nameIndent}${v.name}:\n`);
    if (v.emptyDir) {
      at(2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n");
      at(2, `Medium:\t${v.emptyDir.medium ?? ''}\n`);
      at(2, `SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}\n`);
    } else if (v.secret) {
      at(2, 'Type:\tSecret (a volume populated by a Secret)\n');
      at(2, `SecretName:\t${v.secret.secretName ?? ''}\n`);
      at(2, `Optional:\t${Boolean(v.secret.optional)}\n`);
    } else if (v.configMap) {
      at(2, 'Type:\tConfigMap (a volume populated by a ConfigMap)\n');
      at(2, `Name:\t${v.configMap.name ?? ''}\n`);
      at(2, `Optional:\t${Boolean(v.configMap.optional)}\n`);
    } else if (v.hostPath) {
      at(2, 'Type:\tHostPath (bare host directory volume)\n');
      at(2, `Path:\t${v.hostPath.path ?? ''}\n`);
      at(2, `HostPathType:\t${v.hostPath.type ?? ''}\n`);
    } else if (v.projected) {
      at(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
      for (const source of (v.projected.sources ?? []) as Any[]) {
        if (source.serviceAccountToken)
          at(
            2,
            `TokenExpirationSeconds:\t${source.serviceAccountToken.expirationSeconds ?? 3607}\n`,
          );
        else if (source.configMap) {
          at(2, `ConfigMapName:\t${source.configMap.name}\n`);
          at(2, `Optional:\t${Boolean(source.configMap.optional)}\n`);
        } else if (source.downwardAPI) at(2, 'DownwardAPI:\ttrue\n');
      }
    } else if (v.persistentVolumeClaim) {
      at(
        2,
        'Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n',
      );
      at(2, `ClaimName:\t${v.persistentVolumeClaim.claimName}\n`);
      at(2, `ReadOnly:\t${Boolean(v.persistentVolumeClaim.readOnly)}\n`);
    } else at(2, 'Type:\t<unknown>\n');
  }
}

/** `key=value:Effect op=Exists for 300s` lines, or `<none>`. */
export function writeTolerations(w: DescribeWriter, title: string, tolerations: Any[] | undefined) {
  w.write(0, `${title}:\t`);
  if (!tolerations || tolerations.length === 0) {
    w.write(0, '<none>\n');
    return;
  }
  tolerations.forEach((t, index) => {
    if (index > 0) w.write(0, '\t');
    let text = t.key ?? '';
    if (t.value) text += `=${t.value}`;
    if (t.effect) text += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) text += ' op=Exists';
    if (t.tolerationSeconds !== undefined) text += ` for ${t.tolerationSeconds}s`;
    w.write(0, `${text}\n`);
  });
}
