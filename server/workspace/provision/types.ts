/** Settings that shape a learner's workspace on a real cluster, with the defaults the site ships. */

export type WorkspaceQuota = {
  pods: number;
  requestsCpu: string;
  requestsMemory: string;
  limitsCpu: string;
  limitsMemory: string;
};

export type WorkspaceSettings = {
  /** Image of the learner's workstation: needs bash, kubectl and `sleep` (WORKSTATION_IMAGE). */
  workstationImage: string;
  /** User id the workstation runs as (non-root). */
  workstationUser: number;
  quota: WorkspaceQuota;
  /** Egress destinations no learner pod may reach (cloud metadata endpoints). */
  blockedEgressCidrs: string[];
  /** Files placed in the workstation's home, by path relative to it. */
  workstationFiles: Record<string, string>;
};

export const DEFAULT_WORKSTATION_IMAGE = 'docker.io/bitnami/kubectl:latest';

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  workstationImage: DEFAULT_WORKSTATION_IMAGE,
  workstationUser: 1001,
  quota: {
    pods: 10,
    requestsCpu: '2',
    requestsMemory: '2Gi',
    limitsCpu: '4',
    limitsMemory: '4Gi',
  },
  blockedEgressCidrs: ['169.254.169.254/32'],
  workstationFiles: {},
};
