import { describe, expect, it } from 'vitest';
import { checkRequestOrigin } from './origin-check';

const post = (url: string, headers: Record<string, string>) =>
  new Request(url, { method: 'POST', headers });
const policy = { trustProxy: false, allowedOrigins: [] as string[] };

describe('checkRequestOrigin', () => {
  it('lets a same-origin request through', () => {
    const req = post('http://localhost:3000/api/join', {
      host: 'localhost:3000',
      origin: 'http://localhost:3000',
    });
    expect(checkRequestOrigin(req, policy)).toBeNull();
  });

  it('refuses another site, naming it and the expected origin', () => {
    const req = post('http://localhost:3000/api/join', {
      host: 'localhost:3000',
      origin: 'https://evil.example',
    });
    expect(checkRequestOrigin(req, policy)).toBe(
      'Origin "https://evil.example" is not allowed: send this request from http://localhost:3000',
    );
  });

  it('refuses another host or port, but not a TLS proxy in front of plain HTTP', () => {
    const host = { host: 'workshop.example' };
    const from = (origin: string) =>
      checkRequestOrigin(post('http://workshop.example/x', { ...host, origin }), policy);
    expect(from('http://workshop.example:8080')).not.toBeNull();
    expect(from('http://workshop.example.evil.example')).not.toBeNull();
    expect(from('chrome-extension://workshop.example')).not.toBeNull();
    expect(from('not a url')).not.toBeNull();
    // A proxy terminating TLS and forwarding the Host header unchanged.
    expect(from('https://workshop.example')).toBeNull();
    const withPort = (host: string, origin: string) =>
      checkRequestOrigin(post(`http://${host}/x`, { host, origin }), policy);
    expect(withPort('workshop.example:443', 'https://workshop.example')).toBeNull();
    expect(withPort('localhost:3000', 'http://localhost:3000')).toBeNull();
    expect(withPort('localhost:3000', 'http://localhost')).not.toBeNull();
    expect(withPort('localhost', 'http://localhost:3000')).not.toBeNull();
  });

  it('refuses a missing Origin unless the browser says same-origin', () => {
    const url = 'http://localhost:3000/api/join';
    expect(checkRequestOrigin(post(url, { host: 'localhost:3000' }), policy)).toMatch(
      /Origin header is missing/,
    );
    expect(
      checkRequestOrigin(post(url, { host: 'localhost:3000', origin: 'null' }), policy),
    ).toMatch(/missing/);
    expect(
      checkRequestOrigin(
        post(url, { host: 'localhost:3000', 'sec-fetch-site': 'cross-site' }),
        policy,
      ),
    ).toMatch(/missing/);
    expect(
      checkRequestOrigin(
        post(url, { host: 'localhost:3000', 'sec-fetch-site': 'same-origin' }),
        policy,
      ),
    ).toBeNull();
  });

  it('honours forwarded host and proto only behind a trusted proxy', () => {
    const headers = {
      host: 'internal:3000',
      origin: 'https://workshop.example',
      'x-forwarded-host': 'workshop.example',
      'x-forwarded-proto': 'https',
    };
    // Without trust, the forwarded host is ignored and internal:3000 does not match.
    expect(checkRequestOrigin(post('http://internal:3000/x', headers), policy)).not.toBeNull();
    expect(
      checkRequestOrigin(post('http://internal:3000/x', headers), { ...policy, trustProxy: true }),
    ).toBeNull();
  });

  it('accepts configured extra origins', () => {
    const req = post('http://localhost:3000/x', {
      host: 'localhost:3000',
      origin: 'https://class.example',
    });
    expect(
      checkRequestOrigin(req, { ...policy, allowedOrigins: ['https://class.example'] }),
    ).toBeNull();
  });
});
