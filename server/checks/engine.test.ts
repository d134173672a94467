import { describe, expect, it } from 'vitest';
import { CheckBusyError, UnknownCheckError, createCheckEngine } from './engine';
import type { CheckContext, CheckDefinition } from './types';

const context = {} as CheckContext;

function engineWith(definition: CheckDefinition, timeoutMs = 1000) {
  return createCheckEngine({ timeoutMs, definitions: new Map([[definition.id, definition]]) });
}

describe('check engine', () => {
  it('passes only when every step is ok', async () => {
    const engine = engineWith({
      id: 'two',
      title: 'two steps',
      run: async () => [
        { name: 'a', ok: true, expected: 'x', actual: 'x' },
        { name: 'b', ok: false, expected: 'y', actual: 'z', hint: 'do y' },
      ],
    });
    const result = await engine.run('learner-1', 'two', context);
    expect(result.passed).toBe(false);
    expect(result.steps[1]?.hint).toBe('do y');
  });

  it('a check with no steps does not pass', async () => {
    const engine = engineWith({ id: 'empty', title: 'empty', run: async () => [] });
    expect((await engine.run('l', 'empty', context)).passed).toBe(false);
  });

  it('turns a slow check into a failed step that says why', async () => {
    const engine = engineWith(
      { id: 'slow', title: 'slow', run: () => new Promise(() => undefined) },
      50,
    );
    const result = await engine.run('l', 'slow', context);
    expect(result.passed).toBe(false);
    expect(result.steps[0]?.actual).toMatch(/longer than 0.05 s/);
  });

  it('runs one check at a time per learner and task, but other learners are not blocked', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const engine = engineWith({
      id: 'gated',
      title: 'gated',
      run: async () => {
        await gate;
        return [{ name: 'a', ok: true, expected: '', actual: '' }];
      },
    });
    const first = engine.run('alice', 'gated', context);
    await expect(engine.run('alice', 'gated', context)).rejects.toBeInstanceOf(CheckBusyError);
    const bob = engine.run('bob', 'gated', context);
    release();
    expect((await first).passed).toBe(true);
    expect((await bob).passed).toBe(true);
    expect((await engine.run('alice', 'gated', context)).passed).toBe(true);
  });

  it('refuses an unknown check by name', async () => {
    const engine = createCheckEngine();
    await expect(engine.run('l', 'no-such-check', context)).rejects.toBeInstanceOf(
      UnknownCheckError,
    );
  });
});
