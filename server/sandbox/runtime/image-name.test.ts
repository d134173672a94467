import { describe, expect, it } from 'vitest';
import { imageLookupKeys, normalizeImageName } from './image-name';

describe('normalizeImageName', () => {
  it.each([
    ['fortinetwandy.azurecr.io/cfos:255', 'cfos'],
    ['busybox', 'busybox'],
    ['busybox:1.36', 'busybox'],
    ['docker.io/library/busybox:1.36', 'busybox'],
    ['library/alpine:3.20', 'alpine'],
    ['localhost:5000/nginx:latest', 'nginx'],
    ['nginx@sha256:0123abcd', 'nginx'],
    ['workshop/workstation:dev', 'workshop/workstation'],
    ['registry.example.com:443/team/tool:1', 'team/tool'],
  ])('%s → %s', (reference, expected) => {
    expect(normalizeImageName(reference)).toBe(expected);
  });

  it('offers the last path component as a fallback key', () => {
    expect(imageLookupKeys('ghcr.io/acme/nginx:1')).toEqual(['acme/nginx', 'nginx']);
    expect(imageLookupKeys('busybox')).toEqual(['busybox']);
  });
});
