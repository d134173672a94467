/**
 * Keeps the sandbox's TLS certificate beside the snapshots, so kubeconfigs handed out before a
 * restart still trust the server after it.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createSelfSignedCertificate, type TlsMaterial } from '../api/tls-certificate';

export async function loadOrCreateTls(dir: string | undefined): Promise<TlsMaterial> {
  if (!dir) return createSelfSignedCertificate();
  const file = path.join(dir, '.tls.json');
  try {
    const saved = JSON.parse(await readFile(file, 'utf8')) as TlsMaterial;
    if (saved.key && saved.cert) return saved;
  } catch {
    // No certificate yet (or an unreadable one): make a new one below.
  }
  const fresh = createSelfSignedCertificate();
  await mkdir(dir, { recursive: true });
  await writeFile(file, JSON.stringify(fresh), { mode: 0o600 });
  return fresh;
}
