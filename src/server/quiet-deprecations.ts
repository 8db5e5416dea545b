// restify 11 depends on spdy, whose http-deceiver calls process.binding('http_parser') when it loads, and Node
// prints DeprecationWarning DEP0111 for it (once per load: in jest, once per test file). Nobody running this bot
// can act on it (it is restify's dependency, for HTTP/2 the bot does not serve), so exactly that code is dropped
// here, at its one source; every other warning still prints. Imported before restify (server.ts, the bench's
// echo bot) and by the jest environment (test/support/environment.ts).

const DROPPED = 'DEP0111';
const INSTALLED = Symbol.for('pcbot.quietDeprecations');

type EmitWarning = (warning: string | Error, ...rest: unknown[]) => void;

function codeOf(warning: unknown, rest: unknown[]): unknown {
  const [typeOrOptions, code] = rest;
  if (typeOrOptions !== null && typeof typeOrOptions === 'object')
    return (typeOrOptions as { code?: unknown }).code;
  if (code !== undefined) return code;
  return warning instanceof Error ? (warning as { code?: unknown }).code : undefined;
}

const host = process as unknown as Record<symbol, boolean | undefined> & { emitWarning: EmitWarning };
if (!host[INSTALLED]) {
  host[INSTALLED] = true;
  const emitWarning = host.emitWarning.bind(process) as EmitWarning;
  host.emitWarning = (warning, ...rest) => {
    if (codeOf(warning, rest) === DROPPED) return;
    emitWarning(warning, ...rest);
  };
}

export {};
