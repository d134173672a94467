/**
 * The key that signs session cookies and hashes resume codes: SESSION_SECRET when set, otherwise
 * 32 random bytes generated on first start and kept in `<dataDir>/session-secret` (mode 0600), so
 * sessions survive a restart. Several replicas must share SESSION_SECRET.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SECRET_FILE_NAME = 'session-secret';

export function loadSessionSecret(options: { secret?: string; dataDir: string }): Buffer {
  if (options.secret) return Buffer.from(options.secret, 'utf8');
  const file = path.join(options.dataDir, SECRET_FILE_NAME);
  mkdirSync(options.dataDir, { recursive: true });
  try {
    // `wx` fails when the file exists, so two processes starting together keep one secret.
    writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const hex = readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new Error(
      `${file} does not hold a 64-character hex secret; delete it to generate a new one ` +
        '(every learner will have to sign in again with their resume code)',
    );
  }
  return Buffer.from(hex, 'hex');
}
