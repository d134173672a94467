/** Manual comparison: `npx tsx …/testing/try.ts 'get ns' 'create namespace x' …`. */
import { startHarness } from './harness';

const harness = await startHarness();
try {
  for (const line of process.argv.slice(2)) {
    for (const side of ['mine', 'real'] as const) {
      const r = await harness[side](line);
      console.log(`== ${side}: kubectl ${line}  (exit ${r.code})`);
      if (r.stdout) console.log(r.stdout.replace(/\n$/, ''));
      if (r.stderr) console.log(`[stderr] ${r.stderr.replace(/\n$/, '')}`);
    }
  }
} finally {
  await harness.close();
}
