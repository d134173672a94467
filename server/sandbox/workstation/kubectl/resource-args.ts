/**
 * The `TYPE[.group] [NAME…]`, `TYPE/NAME …` and `TYPE1,TYPE2` argument forms shared by get,
 * describe, delete and rollout.
 */
import { KubectlError } from './errors';

export type ResourceRequest = { type: string; names: string[] };

/** Groups arguments into requested types, each with its names (none means "all of them"). */
export function parseResourceArgs(args: string[]): ResourceRequest[] {
  if (args.length === 0) return [];
  if (args.some((a) => a.includes('/'))) {
    const requests: ResourceRequest[] = [];
    for (const arg of args) {
      const slash = arg.indexOf('/');
      if (slash === -1) {
        throw new KubectlError(
          `error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`,
        );
      }
      const type = arg.slice(0, slash);
      const name = arg.slice(slash + 1);
      if (!type || !name)
        throw new KubectlError(
          `error: arguments in resource/name form must have a single resource and name`,
        );
      const existing = requests.find((r) => r.type === type);
      if (existing) existing.names.push(name);
      else requests.push({ type, names: [name] });
    }
    return requests;
  }
  const [types, ...names] = args;
  const list = types!.split(',').filter(Boolean);
  if (names.length > 0 && list.length > 1) {
    throw new KubectlError(`error: you must specify only one resource type when naming objects`);
  }
  return list.map((type) => ({ type, names: [...names] }));
}
