import { X509Certificate } from 'node:crypto';
import { createServer } from 'node:https';
import { describe, expect, it } from 'vitest';
import { createSelfSignedCertificate } from './tls-certificate';

describe('the sandbox’s self-signed certificate', () => {
  it('is valid every time (a random serial once made 1 start in 256 fail)', () => {
    for (let i = 0; i < 1000; i++) {
      const { key, cert } = createSelfSignedCertificate();
      const parsed = new X509Certificate(cert);
      expect(parsed.checkHost('localhost')).toBe('localhost');
      expect(parsed.checkIP('127.0.0.1')).toBe('127.0.0.1');
      if (i % 100 === 0) createServer({ key, cert }).close();
    }
  });
});
