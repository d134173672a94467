import { describe, expect, it } from 'vitest';
import { readWorkspaceSettings } from './cluster-settings';
import { DEFAULT_SETTINGS } from './provision/types';

describe('readWorkspaceSettings', () => {
  it('defaults to the shipped settings', () => {
    expect(readWorkspaceSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('reads the workstation image and user, and extra blocked addresses', () => {
    const settings = readWorkspaceSettings({
      WORKSTATION_IMAGE: 'registry.example/workstation:1.0',
      WORKSTATION_USER: '1000',
      WORKSPACE_BLOCKED_EGRESS: '168.63.129.16/32, 169.254.169.254/32',
      WORKSPACE_QUOTA_PODS: '4',
      WORKSPACE_QUOTA_MEMORY: '1Gi',
    });
    expect(settings.workstationImage).toBe('registry.example/workstation:1.0');
    expect(settings.workstationUser).toBe(1000);
    expect(settings.blockedEgressCidrs).toEqual(['169.254.169.254/32', '168.63.129.16/32']);
    expect(settings.quota).toMatchObject({ pods: 4, requestsMemory: '1Gi', limitsMemory: '1Gi' });
  });

  it('names every bad variable', () => {
    expect(() =>
      readWorkspaceSettings({
        WORKSPACE_BLOCKED_EGRESS: '169.254.169.254',
        WORKSTATION_USER: '0',
        WORKSPACE_QUOTA_CPU: 'lots',
      }),
    ).toThrow(
      /WORKSTATION_USER: .*; WORKSPACE_BLOCKED_EGRESS: must be a comma-separated list of CIDRs.*; WORKSPACE_QUOTA_CPU: must be a Kubernetes quantity/,
    );
  });
});
