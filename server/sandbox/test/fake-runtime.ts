/**
 * A small container runtime for protocol tests: `echo`, `exit N`, `cat` (stdin to stdout until
 * EOF), `size` (the terminal size after the first resize), `both` (one line to each stream).
 */
import type { ContainerRuntime } from '../runtime/process';

export function createFakeRuntime(): ContainerRuntime {
  return {
    async exec(request, io) {
      const [cmd, ...args] = request.command;
      switch (cmd) {
        case 'echo':
          await io.write('stdout', `${args.join(' ')}\n`);
          return { exitCode: 0 };
        case 'exit':
          return { exitCode: Number(args[0] ?? 0) };
        case 'both':
          await io.write('stdout', 'out\n');
          await io.write('stderr', 'err\n');
          return { exitCode: 0 };
        case 'cat':
          for await (const chunk of io.stdin ?? []) await io.write('stdout', chunk);
          return { exitCode: 0 };
        case 'size': {
          const size = await new Promise<{ columns: number; rows: number }>((resolve) => {
            const off = io.onResize((s) => {
              off();
              resolve(s);
            });
          });
          await io.write('stdout', `${size.columns}x${size.rows}\n`);
          return { exitCode: 0 };
        }
        default:
          await io.write('stderr', `${cmd}: not found\n`);
          return { exitCode: 127 };
      }
    },
  };
}
