import { describe, expect, it } from 'vitest';
import {
  capabilityMask,
  effectiveCapabilities,
  formatCapabilityMask,
  validateCapabilities,
} from './capabilities';
import { makePod } from './test-support';

const caps = (securityContext: Record<string, unknown>) =>
  effectiveCapabilities(makePod({ securityContext }), 'main');

describe('effectiveCapabilities', () => {
  it('gives CRI-O 1.25 defaults, sorted by capability number, when nothing is set', () => {
    expect(effectiveCapabilities(makePod(), 'main')).toEqual([
      'CHOWN',
      'DAC_OVERRIDE',
      'FOWNER',
      'FSETID',
      'KILL',
      'SETGID',
      'SETUID',
      'SETPCAP',
      'NET_BIND_SERVICE',
    ]);
  });

  it('adds NET_RAW and NET_ADMIN on top of the defaults', () => {
    const result = caps({ capabilities: { add: ['NET_RAW', 'NET_ADMIN'] } });
    expect(result).toContain('NET_ADMIN');
    expect(result).toContain('NET_RAW');
    expect(result.indexOf('NET_ADMIN')).toBeLessThan(result.indexOf('NET_RAW'));
    expect(result).toHaveLength(11);
  });

  it('accepts the CAP_ prefix and any case', () => {
    expect(caps({ capabilities: { add: ['CAP_NET_ADMIN', 'cap_net_raw'] } })).toEqual(
      caps({ capabilities: { add: ['NET_ADMIN', 'NET_RAW'] } }),
    );
  });

  it('drops single capabilities after adding, so drop wins over add', () => {
    const result = caps({ capabilities: { add: ['NET_ADMIN'], drop: ['NET_ADMIN', 'CHOWN'] } });
    expect(result).not.toContain('NET_ADMIN');
    expect(result).not.toContain('CHOWN');
    expect(result).toContain('KILL');
  });

  it('drop ALL leaves nothing but what is explicitly added', () => {
    expect(caps({ capabilities: { drop: ['ALL'] } })).toEqual([]);
    expect(caps({ capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } })).toEqual([
      'NET_BIND_SERVICE',
    ]);
  });

  it('add ALL grants every capability, minus single drops', () => {
    const result = caps({ capabilities: { add: ['ALL'], drop: ['SYS_ADMIN'] } });
    expect(result).toHaveLength(40);
    expect(result).not.toContain('SYS_ADMIN');
  });

  it('privileged grants all 41 capabilities whatever add/drop say', () => {
    const result = caps({ privileged: true, capabilities: { drop: ['ALL'] } });
    expect(result).toHaveLength(41);
    expect(formatCapabilityMask(capabilityMask(result))).toBe('000001ffffffffff');
  });

  it('looks containers up among init and ephemeral containers too', () => {
    const pod = makePod();
    (pod.spec as { initContainers: unknown[] }).initContainers = [
      { name: 'init', image: 'busybox', securityContext: { capabilities: { drop: ['ALL'] } } },
    ];
    expect(effectiveCapabilities(pod, 'init')).toEqual([]);
  });
});

describe('capabilityMask', () => {
  it('matches the kernel bits of the CRI-O default set', () => {
    expect(formatCapabilityMask(capabilityMask(caps({})))).toBe('00000000000005fb');
  });

  it('sets bit 12 for NET_ADMIN and bit 13 for NET_RAW', () => {
    expect(capabilityMask(['NET_ADMIN'])).toBe(1n << 12n);
    expect(capabilityMask(['CAP_NET_RAW'])).toBe(1n << 13n);
    expect(capabilityMask(['NOT_A_CAP'])).toBe(0n);
  });
});

describe('validateCapabilities', () => {
  it('accepts known names and ALL', () => {
    const pod = makePod({ securityContext: { capabilities: { add: ['NET_RAW'], drop: ['ALL'] } } });
    expect(validateCapabilities(pod, 'main')).toBeNull();
  });

  it('reports an unknown capability the way CRI-O does', () => {
    const pod = makePod({ securityContext: { capabilities: { add: ['NET_RAWW'] } } });
    expect(validateCapabilities(pod, 'main')).toBe('unknown capability "CAP_NET_RAWW" to add');
  });
});
