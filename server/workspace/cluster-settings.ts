/**
 * Workspace settings for cluster mode, read from the environment once (the site's main
 * configuration only says *whether* a cluster is used; these say how learner spaces look there).
 */
import { z } from 'zod';
import { isIP } from 'node:net';
import { DEFAULT_SETTINGS, type WorkspaceSettings } from './provision/types';

const quantity = z
  .string()
  .regex(
    /^\d+(\.\d+)?(m|Ki|Mi|Gi|Ti|k|M|G|T)?$/,
    'must be a Kubernetes quantity such as 500m, 2 or 1Gi',
  );

const cidrList = z
  .string()
  .transform((text) =>
    text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .refine(
    (cidrs) =>
      cidrs.every((c) => {
        const [address, bits] = c.split('/');
        const family = isIP(address ?? '');
        const max = family === 4 ? 32 : 128;
        return family !== 0 && bits !== undefined && /^\d+$/.test(bits) && Number(bits) <= max;
      }),
    'must be a comma-separated list of CIDRs such as 169.254.169.254/32',
  );

const SettingsSchema = z.object({
  /** Image with bash and kubectl for the learner's workstation. */
  WORKSTATION_IMAGE: z.string().trim().min(1).optional(),
  /** Non-root user id the workstation runs as (the image's own user). */
  WORKSTATION_USER: z.coerce.number().int().min(1).max(2147483647).optional(),
  /** Egress no learner pod may reach; 169.254.169.254/32 is always included. */
  WORKSPACE_BLOCKED_EGRESS: cidrList.optional(),
  WORKSPACE_QUOTA_PODS: z.coerce.number().int().min(1).max(100).optional(),
  WORKSPACE_QUOTA_CPU: quantity.optional(),
  WORKSPACE_QUOTA_MEMORY: quantity.optional(),
});

/** Parses the workspace settings; throws one error naming every bad variable. */
export function readWorkspaceSettings(
  env: Record<string, string | undefined> = process.env,
): WorkspaceSettings {
  const parsed = SettingsSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const blocked = new Set([
    ...DEFAULT_SETTINGS.blockedEgressCidrs,
    ...(e.WORKSPACE_BLOCKED_EGRESS ?? []),
  ]);
  const quota = { ...DEFAULT_SETTINGS.quota };
  if (e.WORKSPACE_QUOTA_PODS) quota.pods = e.WORKSPACE_QUOTA_PODS;
  if (e.WORKSPACE_QUOTA_CPU) quota.limitsCpu = quota.requestsCpu = e.WORKSPACE_QUOTA_CPU;
  if (e.WORKSPACE_QUOTA_MEMORY)
    quota.limitsMemory = quota.requestsMemory = e.WORKSPACE_QUOTA_MEMORY;
  return {
    ...DEFAULT_SETTINGS,
    workstationImage: e.WORKSTATION_IMAGE ?? DEFAULT_SETTINGS.workstationImage,
    workstationUser: e.WORKSTATION_USER ?? DEFAULT_SETTINGS.workstationUser,
    blockedEgressCidrs: [...blocked],
    quota,
  };
}
