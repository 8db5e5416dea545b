import { AsyncLocalStorage } from 'node:async_hooks';

// botframework-connector writes to the console while it validates a token: the PEM of the key when a signature
// does not match, the full stack of an expired token. Any caller can trigger that with a forged token, so each
// refused request would print to stderr, past the app's logger and its redaction. Code run through
// `withLibraryConsole` has those calls handed to a function of the caller instead; everything else printed by
// the process is untouched.

type ConsoleMethod = 'error' | 'warn' | 'log' | 'info' | 'debug';
const METHODS: ConsoleMethod[] = ['error', 'warn', 'log', 'info', 'debug'];

export type ConsoleSink = (method: ConsoleMethod, args: unknown[]) => void;

const scope = new AsyncLocalStorage<ConsoleSink>();
const wrapped = new WeakSet<object>();

/** Wraps the console methods once (again if something, e.g. a test spy, replaced them since). */
function install(): void {
  for (const method of METHODS) {
    const original = console[method];
    if (wrapped.has(original)) continue;
    const divert = function (this: Console, ...args: unknown[]): void {
      const sink = scope.getStore();
      if (sink) sink(method, args);
      else original.apply(this, args);
    };
    wrapped.add(divert);
    console[method] = divert;
  }
}

/** Runs `work`; what it (and anything it awaits) prints on the console goes to `sink` instead. */
export function withLibraryConsole<T>(sink: ConsoleSink, work: () => Promise<T>): Promise<T> {
  install();
  return scope.run(sink, work);
}
