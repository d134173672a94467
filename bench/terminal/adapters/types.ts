/**
 * What the driver needs from each system under test: which server process to start, and how a
 * client opens one terminal on it and exchanges raw terminal bytes (keys in, screen text out).
 */
export type TerminalConnection = {
  /** Sends keystrokes exactly as a terminal emulator would. */
  send(keys: string): void;
  /** Called with each piece of text the terminal would draw. */
  onOutput(listener: (text: string) => void): void;
  close(): void;
};

export type SystemUnderTest = {
  /** Short name used in the table. */
  name: string;
  /** One line saying what it is, for the report. */
  description: string;
  /** The server's entry file, run in its own Node process with the measuring probe. */
  serverEntry: string;
  /** Arguments for the server when N terminals will be opened. */
  serverArgs(terminals: number): string[];
  /** Opens terminal number `index` on a server that announced `url`. */
  connect(url: string, index: number): Promise<TerminalConnection>;
};
