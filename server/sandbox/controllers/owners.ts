/** Owner references: who controls an object, and which objects a controller owns. */
import type { KubeObject } from '../runtime/process';

type OwnerReference = {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
};

export function controllerRef(owner: KubeObject): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid ?? '',
    controller: true,
    blockOwnerDeletion: true,
  };
}

/** The controlling owner of `obj`, if any. */
export function controllerOf(obj: KubeObject): OwnerReference | undefined {
  const refs = (obj.metadata.ownerReferences ?? []) as OwnerReference[];
  return refs.find((r) => r.controller);
}

export function isOwnedBy(obj: KubeObject, owner: KubeObject): boolean {
  return controllerOf(obj)?.uid === owner.metadata.uid;
}
