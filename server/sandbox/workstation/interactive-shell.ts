/**
 * The interactive shell on a terminal: banner, prompt, line editing, continuation lines (`> `)
 * until the input is a whole command, then runs it in the foreground — keystrokes go to it when
 * it reads them, Ctrl-C interrupts it otherwise. Ends on `exit`, Ctrl-D at an empty prompt, or
 * when the client goes away.
 */
import type { ExecRequest, ProcessIO } from '../runtime/process';
import { formatBanner } from './help-text';
import { BatchedOutput } from './batched-output';
import { CommandBuffer } from './command-buffer';
import { finishAtEndOfInput } from './input-completeness';
import { LineEditor } from './line-editor';
import { LineReader } from './line-reader';
import type { ShellLimits } from './limits';
import { createOutputWriter, toTerminalText } from './output-writer';
import { Pacer } from '../runtime/pacer';
import { CONTINUATION_PROMPT, formatPrompt } from './prompt';
import type { ShellSession } from './shell-session';
import { findCompletions } from './tab-completion';
import { TerminalInput } from './terminal-input';
import type { ScriptNode } from 'just-bash';

export type InteractiveOptions = {
  limits: ShellLimits;
  commandNames: () => string[];
};

const BRACKETED_PASTE_ON = '\x1b[?2004h';
const BRACKETED_PASTE_OFF = '\x1b[?2004l';

async function runForeground(
  session: ShellSession,
  text: string,
  script: ScriptNode,
  context: { request: ExecRequest; io: ProcessIO; input: TerminalInput; limits: ShellLimits },
) {
  const { io, input } = context;
  const controller = new AbortController();
  const stop = () => controller.abort();
  // The client may have gone while the line was being read: an aborted signal fires no more events.
  if (io.signal.aborted) stop();
  io.signal.addEventListener('abort', stop, { once: true });
  let interrupted = false;
  const command = input.beginForeground(() => {
    interrupted = true;
    controller.abort();
  });
  const terminal: ProcessIO = {
    stdin: command.stdin(),
    write: (stream, data) => io.write(stream, data),
    size: () => io.size(),
    onResize: (listener) => io.onResize(listener),
    signal: controller.signal,
  };
  const writer = createOutputWriter(io, { tty: true, maxBytes: context.limits.maxOutputBytes });
  try {
    const outcome = await session.runInput(text, script, {
      write: writer.write,
      terminal,
      signal: controller.signal,
      access: context.request.cluster,
    });
    if (interrupted) await io.write('stdout', '^C\r\n');
    return outcome;
  } finally {
    input.endForeground();
    io.signal.removeEventListener('abort', stop);
  }
}

export async function runInteractiveShell(
  session: ShellSession,
  request: ExecRequest,
  io: ProcessIO,
  options: InteractiveOptions,
): Promise<number> {
  const input = new TerminalInput(io.stdin, io.signal, {
    readAhead: options.limits.maxTypeAhead,
  });
  let columns = io.size()?.columns ?? 80;
  const stopResize = io.onResize((size) => (columns = size.columns));
  const output = new BatchedOutput((text) => io.write('stdout', text));
  const write = (text: string) => output.write(text);
  const pacer = new Pacer();
  const reader = new LineReader({
    input,
    editor: new LineEditor(() => session.history.list(), options.limits.maxLineLength),
    write,
    flush: () => output.flush(),
    pacer,
    columns: () => columns,
    history: () => session.history.list(),
    complete: (line, cursor) =>
      findCompletions(line, cursor, {
        fs: session.fileSystem,
        cwd: session.cwd,
        variables: session.variables,
        commandNames: options.commandNames,
      }),
  });
  const command = new CommandBuffer();
  const context = { request, io, input, limits: options.limits };
  /** Sends the echo so far, and lets other sessions run when this one has worked a while. */
  const beforeRunning = async () => {
    await output.flush();
    if (pacer.due()) await pacer.pause();
  };
  try {
    await write(toTerminalText(formatBanner()));
    while (!io.signal.aborted) {
      await write(BRACKETED_PASTE_ON);
      const read = await reader.read(
        command.isEmpty ? formatPrompt(session.cwd) : CONTINUATION_PROMPT,
      );
      await write(BRACKETED_PASTE_OFF);
      if (read.type === 'interrupt') {
        command.clear();
        session.lastStatus = 130;
        continue;
      }
      if (read.type === 'eof') {
        if (command.isEmpty || input.isEnded) {
          await write('exit\r\n');
          return session.lastStatus;
        }
        // Ctrl-D inside an unfinished command: bash runs a cut-short here-document, else gives up.
        const text = command.text;
        const ending = finishAtEndOfInput(text);
        command.clear();
        session.history.add(text);
        if (ending.kind === 'error') {
          await write(toTerminalText(ending.messages.map((m) => `bash: ${m}\n`).join('')));
          session.lastStatus = 2;
          continue;
        }
        await write(toTerminalText(`bash: ${ending.warning}\n`));
        await beforeRunning();
        const outcome = await runForeground(session, ending.text, ending.script, context);
        if (outcome.exit) return outcome.exitCode;
        continue;
      }
      command.add(read.line);
      if (command.length > options.limits.maxInputLength) {
        command.clear();
        await write(
          `bash: input too long: a command may be ${options.limits.maxInputLength} characters at most\r\n`,
        );
        session.lastStatus = 2;
        continue;
      }
      const checked = command.check();
      if (checked.kind === 'incomplete') continue;
      const text = command.text;
      command.clear();
      session.history.add(text);
      if (checked.kind === 'invalid') {
        await write(toTerminalText(`bash: ${checked.message}\n`));
        session.lastStatus = 2;
        continue;
      }
      await beforeRunning();
      const outcome = await runForeground(session, text, checked.script, context);
      if (outcome.exit) return outcome.exitCode;
    }
    return session.lastStatus;
  } finally {
    await output.flush().catch(() => {});
    stopResize();
    input.endForeground();
  }
}
