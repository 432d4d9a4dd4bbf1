// Console capture for tests that expect (or must not show) warnings and
// errors: the console method is replaced by one that records its calls, and
// put back afterwards, even when the test fails.
import { stub } from './stub.js';

export type ConsoleMethod = 'error' | 'warn' | 'info' | 'log';

export interface ConsoleCapture {
  /** The arguments of each call, in order. */
  readonly calls: unknown[][];
  /** The first argument of each call (the message) as text, in order. */
  readonly messages: string[];
  /** Puts the console method back (once; later calls do nothing). */
  restore(): void;
}

/** Replaces `console[method]` with a recorder into `calls`; returns what puts the original back. */
function capture(method: ConsoleMethod, calls: unknown[][]): () => void {
  return stub(console, method, (...args: unknown[]) => {
    calls.push(args);
  });
}

function captured(calls: unknown[][], restore: () => void): ConsoleCapture {
  return {
    calls,
    get messages() {
      return calls.map((args) => String(args[0]));
    },
    restore,
  };
}

/** Records `console[method]` from now until `restore()`; nothing reaches the real console. */
export function captureConsole(method: ConsoleMethod): ConsoleCapture {
  const calls: unknown[][] = [];
  return captured(calls, capture(method, calls));
}

/**
 * Runs `fn` with `console[method]` recorded (and silenced), restoring it
 * however `fn` ends; resolves to what was recorded. `fn` gets the capture too,
 * for assertions on the calls while it runs.
 */
export async function withConsole(
  method: ConsoleMethod,
  fn: (capture: ConsoleCapture) => unknown,
): Promise<ConsoleCapture> {
  const capture = captureConsole(method);
  try {
    await fn(capture);
  } finally {
    capture.restore();
  }
  return capture;
}

/** Runs `fn` with console.error and console.warn silenced (expected data errors and warnings). */
export async function quietly<T>(fn: () => T | Promise<T>): Promise<T> {
  const error = captureConsole('error');
  const warn = captureConsole('warn');
  try {
    return await fn();
  } finally {
    warn.restore();
    error.restore();
  }
}

/**
 * Records (and silences) `console[method]` for the tests of the calling
 * `describe`, or of the file when called at its top level: once around them
 * all, or with `each`, around each test, starting empty for every test.
 * The capture's `restore` is the hook's business.
 */
export function consoleDuring(
  method: ConsoleMethod,
  { each = false }: { each?: boolean } = {},
): ConsoleCapture {
  const calls: unknown[][] = [];
  let restore = () => {};
  const start = () => {
    calls.length = 0;
    restore = capture(method, calls);
  };
  const stop = () => restore();
  if (each) {
    beforeEach(start);
    afterEach(stop);
  } else {
    before(start);
    after(stop);
  }
  return captured(calls, stop);
}
