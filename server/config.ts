/**
 * The site's configuration, read from the environment once at start-up.
 * Every other module receives these typed values instead of reading process.env itself.
 */
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  /** Where the site keeps its SQLite file and sandbox snapshots. */
  DATA_DIR: z.string().min(1).default('data'),
  /** A kubeconfig path switches the site from the embedded sandbox to a real cluster. */
  CLUSTER_KUBECONFIG: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  INSTRUCTOR_TOKEN: z.string().min(1).optional(),
});

export type SiteConfig = {
  port: number;
  host: string;
  dev: boolean;
  dataDir: string;
  mode: 'sandbox' | 'cluster';
  clusterKubeconfig: string | undefined;
  databaseUrl: string | undefined;
  instructorToken: string | undefined;
};

export function readConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dev: e.NODE_ENV === 'development',
    dataDir: e.DATA_DIR,
    mode: e.CLUSTER_KUBECONFIG ? 'cluster' : 'sandbox',
    clusterKubeconfig: e.CLUSTER_KUBECONFIG,
    databaseUrl: e.DATABASE_URL,
    instructorToken: e.INSTRUCTOR_TOKEN,
  };
}
