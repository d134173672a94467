/**
 * kubectl's `--wait` after a delete: returns once the object is gone (finalizers and cascading
 * deletion done), polling until NotFound or until Ctrl-C.
 */
import { getObject } from '@/server/cluster/objects';
import type { ResourceAddress } from '@/server/cluster/types';
import type { KubectlContext } from '../context';
import { isNotFound } from '../errors';

const pollMs = 200;

export async function waitUntilDeleted(
  ctx: KubectlContext,
  address: ResourceAddress,
  uid?: string,
  timeoutMs = 5 * 60_000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!ctx.env.signal.aborted && Date.now() < deadline) {
    try {
      const live = await getObject(ctx.connection, address);
      // A new object with the same name (recreated) means the old one is gone.
      if (uid && live.metadata?.uid && live.metadata.uid !== uid) return true;
    } catch (error) {
      if (isNotFound(error)) return true;
      throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  return false;
}
